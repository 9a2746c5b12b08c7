package org.gridline.report;


import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** What the API and the chat show of reports. */
public final class ReportViews {
    private ReportViews() {
    }

    /** A report in a list; {@code overdue} as of the answer (see {@link Overdue}). */
    public record ReportItem(String number, String reporter, String category, String categoryName, int level,
                             ReportStatus status, String grid, String description, Double latitude, Double longitude,
                             String address, boolean emergency, OffsetDateTime createdAt, String assignee,
                             OffsetDateTime deadline, boolean overdue) {
        static ReportItem of(Report r, String categoryName, Instant now) {
            return new ReportItem(r.number, r.reporter, r.categoryCode, categoryName, r.level, r.status, r.gridCode,
                    r.description, r.latitude, r.longitude, r.address, r.emergency, r.createdAt, r.assignee,
                    r.deadline, Overdue.at(now, r.status, r.deadline, r.suspendedAt));
        }
    }

    /** One line of the timeline. */
    public record TimelineEntry(OffsetDateTime at, String actor, String action, String note) {
        static TimelineEntry of(ReportEvent e) {
            return new TimelineEntry(e.at, e.actor, e.action, e.note);
        }
    }

    /** One report with everything known about it and its timeline, oldest entry first. */
    public record ReportDetail(String number, String reporter, String category, String categoryName, int level,
                               ReportStatus status, String grid, String description, Double latitude,
                               Double longitude, String address, String building, List<String> photos,
                               String contactPhone, boolean emergency, String assignee, OffsetDateTime deadline,
                               OffsetDateTime createdAt, String department, OffsetDateTime resolvedAt,
                               String resolutionNote, List<String> resolutionPhotos,
                               org.gridline.report.Rating rating, String ratingComment,
                               List<TimelineEntry> timeline) {
        static ReportDetail of(Report r, String categoryName, List<ReportEvent> events) {
            return new ReportDetail(r.number, r.reporter, r.categoryCode, categoryName, r.level, r.status, r.gridCode,
                    r.description, r.latitude, r.longitude, r.address, r.building, PhotoList.read(r.photos),
                            r.contactPhone,
                    r.emergency, r.assignee, r.deadline, r.createdAt, r.departmentCode, r.resolvedAt, r.resolutionNote,
                    PhotoList.read(r.resolutionPhotos), r.rating, r.ratingComment,
                    events.stream().map(TimelineEntry::of).toList());
        }
    }
}
