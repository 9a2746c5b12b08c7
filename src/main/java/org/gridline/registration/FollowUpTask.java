package org.gridline.registration;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A grid worker's task to follow up an arrival from a high-risk area. */
@Entity
@Table(name = "follow_up_task")
public class FollowUpTask extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "registration_id")
    public Long registrationId;
    @Column(name = "grid_code")
    public String gridCode;
    public String assignee;
    public String reason;
    public String status = "OPEN";
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
