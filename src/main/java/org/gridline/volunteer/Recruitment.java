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

import java.time.Duration;
import java.time.OffsetDateTime;

/** A volunteer activity (招募令): when, where, how many places, how many points. */
@Entity
@Table(name = "recruitment")
public class Recruitment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String title;
    @Column(name = "grid_code")
    public String gridCode;
    public String place;
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
    @Column(name = "ends_at")
    public OffsetDateTime endsAt;
    public int capacity;
    public int points;
    @Column(name = "sign_up_deadline")
    public OffsetDateTime signUpDeadline;
    @Column(name = "any_grid")
    public boolean anyGrid;
    @Enumerated(EnumType.STRING)
    public RecruitmentStatus status;
    @Column(name = "signed_up")
    public int signedUp;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    /** The key of the demo recruitment (config/demo/recruitments.yaml) this was made from; null for real ones. */
    @Column(name = "demo_key")
    public String demoKey;

    public Duration scheduled() {
        return Duration.between(startsAt, endsAt);
    }

    public boolean overlaps(Recruitment other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    public boolean hasPlace() {
        return signedUp < capacity;
    }
}
