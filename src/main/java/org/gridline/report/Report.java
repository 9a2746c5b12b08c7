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
    @Version
    public int version;

    @Override
    public String toString() {
        return "Report[" + number + ", " + categoryCode + ", level " + level + ", " + status + "]";
    }
}
