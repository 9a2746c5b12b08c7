package org.gridline.report.workorder;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.gridline.grid.MemberRole;
import org.gridline.report.Category;
import org.gridline.report.CategoryStandard;
import org.gridline.report.Report;
import org.gridline.report.ReportEvent;
import org.gridline.report.workorder.WorkOrderTexts.Templates;

import java.time.Clock;
import java.time.OffsetDateTime;

import static org.gridline.report.workorder.WorkOrderTexts.of;

/**
 * What every change of a work order shares (issue 7): load the report locked, the caller's role on it, the timeline
 * entry, the deadline and the clock. The change itself goes the same way everywhere: {@link Lifecycle} decides (a
 * refusal throws {@link IllegalTransition} before anything is touched), the row changes, the timeline entry and the
 * notifications are written, all in the caller's transaction (the chat message's, or the API call's own).
 */
@ApplicationScoped
class Orders {
    /** The timeline's actor for what the server does by itself. */
    static final String SYSTEM = "system";
    /** Timeline actions besides the {@link Action} names. */
    static final String QUEUED = "QUEUED";
    static final String PHOTO = "PHOTO";
    /** The resident added a place, a phone, a photo or words to a report already filed (an emergency's follow-up). */
    static final String SUPPLEMENT = "SUPPLEMENT";

    private final Clock clock;
    private final CategoryStandard standard;
    private final People people;
    private final Deadlines deadlines;

    Orders(Clock clock, WorkOrderConfig config, CategoryStandard standard, People people) {
        this.clock = clock;
        this.standard = standard;
        this.people = people;
        this.deadlines = Deadlines.parse(config.levelFactors());
    }

    /**
     * The report, locked for update until the transaction ends. Callers must not have read the report as an entity
     * earlier in the same transaction (the lookups before it are plain queries): the session would hand back that
     * earlier copy, which may predate a change committed while this transaction waited for the lock.
     */
    Uni<Report> locked(String number) {
        return Report.<Report>find("number", number).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .onItem().ifNull().failWith(() -> new IllegalTransition("unknown-report",
                        of(Templates.unknownReport(number))));
    }

    /** The caller's role on this report; refused when they work in another grid (or in none). */
    Uni<ActorRole> roleOf(String openid, Report r) {
        if (openid.equals(r.assignee)) {
            return Uni.createFrom().item(ActorRole.ASSIGNEE);
        }
        if (r.gridCode == null) {
            return Uni.createFrom().failure(notMember(r));
        }
        return people.roleIn(openid, r.gridCode).map(role -> switch (role.orElseThrow(() -> notMember(r))) {
            case LEADER -> ActorRole.LEADER;
            case WORKER -> ActorRole.GRID_MEMBER;
            case VOLUNTEER -> throw new IllegalTransition(IllegalTransition.FORBIDDEN,
                    of(Templates.volunteerRefused(r.number)));
        });
    }

    private static IllegalTransition notMember(Report r) {
        return new IllegalTransition(IllegalTransition.FORBIDDEN, of(Templates.notMember(r.number)));
    }

    /** The status the transition leads to, and its timeline entry. */
    Uni<Void> record(Report r, Transition t, String actor, String note, OffsetDateTime now) {
        r.status = t.to();
        r.updatedAt = now;
        return ReportEvent.of(r, now, actor, t.action().name(), blankToNull(note)).persist().replaceWithVoid();
    }

    /** The clock of the report starts (again) at {@code start}: the deadline from its category and level. */
    void startClock(Report r, OffsetDateTime start) {
        Category category = category(r);
        r.clockStartedAt = start;
        r.deadline = OffsetDateTime.ofInstant(deadlines.deadline(start.toInstant(), category.deadlineHours(),
                r.level), start.getOffset());
    }

    /**
     * The report takes another category (改类): its level (an emergency keeps level 1), its department and its
     * deadline follow the new category's rules; the clock keeps its start (see {@link Deadlines#reclassified}).
     */
    void recategorise(Report r, Category to) {
        Category from = category(r);
        int level = r.emergency ? r.level : to.level();
        if (r.deadline == null) {
            r.categoryCode = to.code();
            r.level = level;
            startClock(r, r.clockStartedAt != null ? r.clockStartedAt : r.createdAt);
        } else {
            r.deadline = OffsetDateTime.ofInstant(deadlines.reclassified(r.deadline.toInstant(),
                    from.deadlineHours(), r.level, to.deadlineHours(), level), r.deadline.getOffset());
            r.categoryCode = to.code();
            r.level = level;
        }
        r.departmentCode = to.department();
    }

    Category category(Report r) {
        return standard.category(r.categoryCode).orElse(standard.other());
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Whether the role may take an order of the grid: a worker or its leader. */
    static boolean handlesOrders(MemberRole role) {
        return role == MemberRole.WORKER || role == MemberRole.LEADER;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
