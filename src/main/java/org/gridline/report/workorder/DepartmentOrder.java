package org.gridline.report.workorder;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** 基层发令: a grid leader's order to a department on a report, which a contact of the department must acknowledge. */
@Entity
@Table(name = "department_order")
public class DepartmentOrder extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "report_id")
    public Long reportId;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "issued_by")
    public String issuedBy;
    public String note;
    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;
    @Column(name = "due_at")
    public OffsetDateTime dueAt;
    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
    @Column(name = "escalated_at")
    public OffsetDateTime escalatedAt;
}
