package org.gridline.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.auth.LoginAttempt;
import org.gridline.auth.LoginAudit;
import org.gridline.platform.Page;
import org.gridline.platform.SafeContext;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The audit log (操作日志): entries are appended, each in a transaction of its own after what it records, and read
 * newest first. Nothing here changes or deletes an entry, and the table refuses it too (V67). Writing an entry never
 * fails what it records: a failure to write is logged (without the entry's content) and counted as a WARN.
 */
@ApplicationScoped
public class AuditLog implements LoginAudit {
    private static final Sort NEWEST_FIRST = Sort.by("at", Sort.Direction.Descending)
            .and("id", Sort.Direction.Descending);

    private final Clock clock;
    private final Vertx vertx;

    public AuditLog(Clock clock, Vertx vertx) {
        this.clock = clock;
        this.vertx = vertx;
    }

    /**
     * Appends the entry, stamped with the clock's time, on a Vert.x context of its own (so from a request filter, a
     * login or the end of a streamed export alike, whichever thread that ends on).
     */
    public Uni<Void> record(AuditRecord record) {
        Context caller = Vertx.currentContext();
        Uni<Void> written = SafeContext.run(vertx, () -> Panache.withTransaction(() -> append(record)))
                .onFailure().recoverWithUni(e -> {
                    Log.warnf("Audit entry (%s, %s) not written: %s", record.kind(), record.route(), e.toString());
                    return Uni.createFrom().voidItem();
                });
        return caller == null ? written : written.emitOn(task -> caller.runOnContext(v -> task.run()));
    }

    private Uni<Void> append(AuditRecord record) {
        AuditEntry entry = new AuditEntry();
        entry.at = OffsetDateTime.now(clock);
        entry.kind = record.kind();
        entry.actor = record.actor();
        entry.role = record.role();
        entry.method = record.method();
        entry.route = record.route();
        entry.target = record.target();
        entry.status = record.status();
        entry.detail = record.detail();
        entry.rows = record.rows();
        return entry.persist().replaceWithVoid();
    }

    @Override
    public Uni<Void> attempted(LoginAttempt attempt) {
        return record(new AuditRecord(attempt.succeeded() ? AuditKind.LOGIN : AuditKind.LOGIN_FAILED,
                attempt.username(), attempt.role() == null ? null : attempt.role().name(), "POST", "login", null,
                attempt.status(), attempt.refusal(), null));
    }

    /** A page of entries, newest first. */
    @WithSession
    public Uni<Page<AuditView>> list(AuditQuery query) {
        String where = query.where();
        var found = where.isEmpty() ? AuditEntry.<AuditEntry>findAll(NEWEST_FIRST)
                : AuditEntry.<AuditEntry>find(where, NEWEST_FIRST, query.params());
        return found.page(query.page(), query.size()).list().chain(items -> found.count().map(total ->
                new Page<>(items.stream().map(AuditView::of).toList(), query.page(), query.size(), total)));
    }
}
