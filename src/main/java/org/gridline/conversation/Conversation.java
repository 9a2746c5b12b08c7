package org.gridline.conversation;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** The row of a resident with a form open or kept as a draft; {@code form} is a {@link FormState} as JSON. */
@Entity
@Table(name = "conversation")
public class Conversation extends PanacheEntityBase {
    /** ACTIVE while the resident answers; DRAFT after the inactivity timeout, until 继续 or a new form. */
    public enum Status { ACTIVE, DRAFT }

    @Id
    public String openid;
    @Enumerated(EnumType.STRING)
    public Status status;
    @JdbcTypeCode(SqlTypes.JSON)
    public String form;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public int version;
}
