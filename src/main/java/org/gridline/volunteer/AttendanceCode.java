package org.gridline.volunteer;

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

/** A check-in or check-out code of a recruitment; the code itself is never stored, only its hash. */
@Entity
@Table(name = "attendance_code")
public class AttendanceCode extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "recruitment_id")
    public Long recruitmentId;
    @Enumerated(EnumType.STRING)
    public AttendancePurpose purpose;
    @Column(name = "code_hash")
    public String codeHash;
    @Column(name = "issued_by")
    public String issuedBy;
    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
}
