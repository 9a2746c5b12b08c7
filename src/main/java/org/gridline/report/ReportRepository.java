package org.gridline.report;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.db.Sql;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The filing's set-based statements, in the caller's transaction ({@link Sql}): the day's next report number
 * ({@code report_day_counter}, one row per day, counted up in one statement) and a follower added at most once.
 */
@ApplicationScoped
class ReportRepository {
    private static final String NEXT_SEQUENCE = """
            WITH c AS (INSERT INTO report_day_counter (day, last_seq) VALUES (?1, 1)
                       ON CONFLICT (day) DO UPDATE SET last_seq = report_day_counter.last_seq + 1 RETURNING last_seq)
            SELECT last_seq FROM c""";
    private static final String ADD_FOLLOWER = """
            INSERT INTO report_follower (report_id, openid, created_at) VALUES (?1, ?2, ?3)
            ON CONFLICT DO NOTHING""";

    private final Sql sql;

    ReportRepository(Sql sql) {
        this.sql = sql;
    }

    /** The next sequence number of the day (from 1). */
    Uni<Integer> nextSequence(LocalDate day) {
        return sql.rows(NEXT_SEQUENCE, day).map(rows -> ((Number) rows.get(0)[0]).intValue());
    }

    /** Adds the follower; false when they followed the report already. */
    Uni<Boolean> addFollower(Long reportId, String openid, OffsetDateTime at) {
        return sql.update(ADD_FOLLOWER, reportId, openid, at).map(added -> added > 0);
    }
}
