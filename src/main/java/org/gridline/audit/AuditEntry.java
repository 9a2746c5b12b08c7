package org.gridline.audit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One line of the audit log; written once, never changed (the table's triggers refuse it). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public OffsetDateTime at;
    @Enumerated(EnumType.STRING)
    public AuditKind kind;
    public String actor;
    public String role;
    public String method;
    public String route;
    public String target;
    public Integer status;
    public String detail;
    @Column(name = "row_count")
    public Long rows;
}
