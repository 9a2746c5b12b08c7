package org.gridline.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.auth.Caller;
import org.gridline.grid.GridDirectory;
import org.gridline.platform.error.DomainException;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The CSV export of a {@link ReportSearch} (every page of it), as the caller may see it: the header, then the reports
 * in the search's order, {@value #LINES_PER_CHUNK} lines to a chunk. Streamed: the rows are read through a database
 * cursor ({@value #FETCH} at a time, in a read-only transaction on a connection of its own) only as fast as the
 * chunks are written, so memory stays constant whatever the number of reports. This is the one place the report
 * feature uses the Vert.x SQL client rather than Hibernate: Hibernate Reactive has no cursor.
 */
@ApplicationScoped
public class ReportExport {
    static final int FETCH = 500;
    static final int LINES_PER_CHUNK = 200;

    private final Pool pool;
    private final CategoryStandard standard;
    private final GridDirectory grids;
    private final Clock clock;

    public ReportExport(Pool pool, CategoryStandard standard, GridDirectory grids, Clock clock) {
        this.pool = pool;
        this.standard = standard;
        this.grids = grids;
        this.clock = clock;
    }

    /** A started export: its chunks, and how many reports they held so far. */
    public record Export(Multi<String> chunks, AtomicLong rows) {
    }

    /**
     * The export, checked before anything is read: a LEADER naming another grid is 403, an unknown category 400.
     *
     * @throws DomainException as {@link ReportSearch#scopedTo} and for an unknown category
     */
    public Export csv(ReportSearch search, Caller caller) {
        ReportSearch scoped = search.scopedTo(caller);
        scoped.categories().stream().filter(c -> standard.category(c).isEmpty()).findFirst().ifPresent(c -> {
            throw DomainException.badRequest("unknown-category", "No category " + c);
        });
        Instant now = clock.instant();
        ReportSearchSql sql = new ReportSearchSql(scoped, now, "$");
        AtomicLong rows = new AtomicLong();
        Multi<String> body = format(now).onItem().transformToMulti(csv -> Multi.createBy().concatenating().streams(
                Multi.createFrom().item(csv.header()), cursor(sql).map(csv::line).invoke(line -> rows.incrementAndGet())
                        .group().intoLists().of(LINES_PER_CHUNK).map(chunk -> String.join("", chunk))));
        return new Export(body, rows);
    }

    @CheckedTemplate
    static class Templates {
        /** The column names, one a line. */
        static native TemplateInstance columns();

        static native TemplateInstance yes();

        static native TemplateInstance no();
    }

    private static ReportCsv.Words words() {
        return new ReportCsv.Words(Templates.columns().render().lines().map(String::strip).filter(s -> !s.isEmpty())
                .toList(), Templates.yes().render().strip(), Templates.no().render().strip());
    }

    private Uni<ReportCsv> format(Instant now) {
        return grids.places().chain(places -> grids.allMemberNames().map(names -> new ReportCsv(words(), places,
                names, code -> standard.category(code).map(Category::name).orElse(code), standard.departments(),
                now)));
    }

    private record Cursor(SqlConnection connection, Transaction transaction) {
    }

    private Multi<ExportRow> cursor(ReportSearchSql sql) {
        return Multi.createFrom().resourceFromUni(
                        () -> pool.getConnection().chain(c -> c.begin().map(tx -> new Cursor(c, tx))),
                        cursor -> cursor.connection().prepare(sql.export()).onItem().transformToMulti(statement ->
                                statement.createStream(FETCH, Tuple.from(sql.params().toArray())).toMulti()))
                .withFinalizer((Function<Cursor, Uni<Void>>) ReportExport::close)
                .map(ReportExport::row);
    }

    /** The cursor's end: its read-only transaction rolled back, its connection back to the pool. */
    private static Uni<Void> close(Cursor cursor) {
        return cursor.transaction().rollback().onTermination().call(() -> cursor.connection().close());
    }

    private static ExportRow row(Row row) {
        String rating = row.getString("rating");
        return new ExportRow(row.getString("number"), row.getString("category_code"), row.getString("grid_code"),
                ReportStatus.valueOf(row.getString("status")), row.getInteger("level"),
                row.getOffsetDateTime("created_at"), row.getOffsetDateTime("ev_dispatched"),
                row.getOffsetDateTime("ev_accepted"), row.getOffsetDateTime("ev_resolved"),
                row.getOffsetDateTime("ev_closed"), row.getOffsetDateTime("ev_cancelled"),
                row.getOffsetDateTime("deadline"), row.getOffsetDateTime("suspended_at"), row.getString("assignee"),
                row.getString("department_code"), rating == null ? null : Rating.valueOf(rating),
                row.getDouble("latitude"), row.getDouble("longitude"), row.getString("description"));
    }
}
