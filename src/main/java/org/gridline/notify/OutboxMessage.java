package org.gridline.notify;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** One reply or notification to deliver; written by {@link Outbox} inside the caller's transaction. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String openid;
    @Enumerated(EnumType.STRING)
    public OutboxKind kind;
    @Column(name = "template_id")
    public String templateId;
    @JdbcTypeCode(SqlTypes.JSON)
    public String body;
    @JdbcTypeCode(SqlTypes.JSON)
    public String fallback;
    @Enumerated(EnumType.STRING)
    public OutboxStatus status = OutboxStatus.PENDING;
    public int attempts;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "claimed_until")
    public OffsetDateTime claimedUntil;
    /** A notice's own deadline (null: the default notice life); see {@link UsefulLife}. */
    @Column(name = "useful_until")
    public OffsetDateTime usefulUntil;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
    @Column(name = "last_errcode")
    public Integer lastErrcode;
    @Column(name = "last_error")
    public String lastError;
    public String source;
    @Column(name = "subscription_taken")
    public boolean subscriptionTaken;
    @Version
    public int version;
}
