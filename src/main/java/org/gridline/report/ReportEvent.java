package org.gridline.report;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One line of a report's timeline: who (an openid, a staff username or "system") did what, when. */
@Entity
@Table(name = "report_event")
public class ReportEvent extends PanacheEntityBase {
    /** Actions written by this feature; the work-order lifecycle adds its own. */
    public static final String RECEIVED = "RECEIVED";
    public static final String FOLLOWED = "FOLLOWED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "report_id")
    public Long reportId;
    public OffsetDateTime at;
    public String actor;
    public String action;
    public String note;

    public static ReportEvent of(Report report, OffsetDateTime at, String actor, String action, String note) {
        ReportEvent event = new ReportEvent();
        event.reportId = report.id;
        event.at = at;
        event.actor = actor;
        event.action = action;
        event.note = note;
        return event;
    }
}
