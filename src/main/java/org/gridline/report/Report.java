package org.gridline.report;

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

import java.time.OffsetDateTime;

/** A resident's report (事件), which is also the work order that follows it. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String number;
    public String reporter;
    @Column(name = "category_code")
    public String categoryCode;
    public int level;
    public String description;
    /** JSON array of photo references (the platform's PicUrl or MediaId), kept as text. */
    public String photos;
    public Double latitude;
    public Double longitude;
    public String address;
    public String building;
    @Column(name = "grid_code")
    public String gridCode;
    @Column(name = "contact_phone")
    public String contactPhone;
    public boolean emergency;
    @Enumerated(EnumType.STRING)
    public ReportStatus status;
    public String assignee;
    public OffsetDateTime deadline;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    /** The executing department the classification standard names for the category; null when it names none. */
    @Column(name = "department_code")
    public String departmentCode;
    /** When the current assignee got the order (the dispatch rule gives ties to whoever waited longest). */
    @Column(name = "dispatched_at")
    public OffsetDateTime dispatchedAt;
    /** Start of the time allowed: filing, or the reopening after 不满意; the escalation steps are fractions of it. */
    @Column(name = "clock_started_at")
    public OffsetDateTime clockStartedAt;
    /** Set while SUSPENDED (挂起): on 恢复 the deadline moves back by the time spent suspended. */
    @Column(name = "suspended_at")
    public OffsetDateTime suspendedAt;
    /** When each escalation step of the current round fired (null: not yet). */
    @Column(name = "reminded_at")
    public OffsetDateTime remindedAt;
    @Column(name = "supervised_at")
    public OffsetDateTime supervisedAt;
    @Column(name = "escalated_at")
    public OffsetDateTime escalatedAt;
    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;
    @Column(name = "resolution_note")
    public String resolutionNote;
    /** JSON array of the photos the worker sent with 办结. */
    @Column(name = "resolution_photos")
    public String resolutionPhotos;
    /** The resident may rate until then; afterwards the report closes unrated. */
    @Column(name = "rating_due_at")
    public OffsetDateTime ratingDueAt;
    @Enumerated(EnumType.STRING)
    public org.gridline.report.Rating rating;
    @Column(name = "rating_comment")
    public String ratingComment;
    @Column(name = "rated_at")
    public OffsetDateTime ratedAt;
    @Column(name = "reopen_count")
    public int reopenCount;
    @Version
    public int version;

    @Override
    public String toString() {
        return "Report[" + number + ", " + categoryCode + ", level " + level + ", " + status + "]";
    }
}
