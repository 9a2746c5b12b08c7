package org.gridline.inbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** A stored push. Written by {@link InboxWriter} (batched SQL), read and marked by {@link InboxProcessor}. */
@Entity
@Table(name = "inbox_message")
public class InboxMessage extends PanacheEntityBase {
    @Id
    public Long id;
    @Column(name = "dedup_key")
    public String dedupKey;
    public String openid;
    @Column(name = "msg_type")
    public String msgType;
    public String event;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;
    @Column(name = "raw_body")
    public String rawBody;
    @Column(name = "processed_at")
    public OffsetDateTime processedAt;
    @Column(name = "processed_seq")
    public Long processedSeq;
    @Column(name = "failed_at")
    public OffsetDateTime failedAt;
    public int attempts;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Version
    public int version;
}
