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

/** One volunteer in one recruitment (报名), with their attendance and the points it earned. */
@Entity
@Table(name = "sign_up")
public class SignUp extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "recruitment_id")
    public Long recruitmentId;
    public String openid;
    @Enumerated(EnumType.STRING)
    public SignUpStatus status;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "promoted_at")
    public OffsetDateTime promotedAt;
    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;
    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;
    @Column(name = "checked_out_at")
    public OffsetDateTime checkedOutAt;
    @Column(name = "service_minutes")
    public Integer serviceMinutes;
    @Column(name = "points_awarded")
    public Long pointsAwarded;
    @Column(name = "award_transfer")
    public Long awardTransfer;

    @Override
    public String toString() {
        return "SignUp[" + id + ", recruitment " + recruitmentId + ", " + status + "]";
    }
}
