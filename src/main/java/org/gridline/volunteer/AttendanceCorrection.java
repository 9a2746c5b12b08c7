package org.gridline.volunteer;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A staff correction of a sign-up's attendance, kept for the record with its reason. */
@Entity
@Table(name = "attendance_correction")
public class AttendanceCorrection extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "sign_up_id")
    public Long signUpId;
    public String staff;
    public String reason;
    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;
    @Column(name = "checked_out_at")
    public OffsetDateTime checkedOutAt;
    @Column(name = "points_before")
    public long pointsBefore;
    @Column(name = "points_after")
    public long pointsAfter;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
