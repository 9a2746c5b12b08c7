package org.gridline.report;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A resident who follows (关注) someone else's report and receives its updates. */
@Entity
@Table(name = "report_follower")
@IdClass(ReportFollower.Key.class)
public class ReportFollower extends PanacheEntityBase {
    @Id
    @Column(name = "report_id")
    public Long reportId;
    @Id
    public String openid;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The composite key. */
    public static class Key implements Serializable {
        public Long reportId;
        public String openid;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(reportId, k.reportId)
                    && java.util.Objects.equals(openid, k.openid);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(reportId, openid);
        }
    }
}
