package org.gridline.report.workorder;

import org.gridline.report.Rating;
import org.gridline.platform.time.ShortTime;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.gridline.auth.Caller;
import org.gridline.report.Category;
import org.gridline.report.CategoryStandard;
import org.gridline.platform.error.DomainException;
import org.gridline.report.PhotoList;
import org.gridline.report.Report;
import org.gridline.report.ReportEvent;
import org.gridline.report.ReportStatus;
import org.gridline.report.workorder.People.Candidate;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The life of a report after filing (issue 7): dispatch, the worker's actions, the resident's rating, staff actions.
 * Every change goes the same way: load the report locked, let {@link Lifecycle} decide (a refusal throws
 * {@link IllegalTransition} before anything is touched), change the row, append the timeline entry and write the
 * notifications to the outbox, all in the caller's transaction (the chat message's, or the API call's own).
 */
@ApplicationScoped
public class WorkOrders {
    /** The timeline's actor for what the server does by itself. */
    public static final String SYSTEM = "system";
    /** Timeline actions besides the {@link Action} names. */
    public static final String QUEUED = "QUEUED";
    public static final String PHOTO = "PHOTO";
    /** The resident added a place, a phone, a photo or words to a report already filed (an emergency's follow-up). */
    public static final String SUPPLEMENT = "SUPPLEMENT";

    private final Clock clock;
    private final WorkOrderConfig config;
    private final CategoryStandard standard;
    private final People people;
    private final WorkOrderNotices notices;
    private final Deadlines deadlines;

    WorkOrders(Clock clock, WorkOrderConfig config, CategoryStandard standard, People people,
               WorkOrderNotices notices) {
        this.clock = clock;
        this.config = config;
        this.standard = standard;
        this.people = people;
        this.notices = notices;
        this.deadlines = Deadlines.parse(config.levelFactors());
    }

    /**
     * Where a new report went.
     *
     * @param gridName     the grid's name, null when the report has no grid
     * @param assigneeName the worker's name, null when it waits in the street's queue
     * @param leaderTold   an emergency: the grid's leader got a copy of the order too
     */
    public record Dispatch(String gridName, String assigneeName, OffsetDateTime deadline, boolean leaderTold) {
        Dispatch(String gridName, String assigneeName, OffsetDateTime deadline) {
            this(gridName, assigneeName, deadline, false);
        }

        public boolean queued() {
            return assigneeName == null;
        }
    }

    /**
     * What adding to a filed report did.
     *
     * @param dispatchedNow the place found the report's grid and it was dispatched just now
     * @param assigneeTold  the worker who already had the order was told what was added
     */
    public record Supplemented(String number, Dispatch dispatch, boolean dispatchedNow, boolean assigneeTold) {
    }

    /** What a rating did. */
    public record Rated(String number, Rating rating, boolean reopened, String gridName) {
    }

    // ---- filing --------------------------------------------------------------------------------------------------

    /**
     * Dispatches a report just filed, in the filing transaction: deadline from the category and level, the category's
     * department attached, the least busy worker of the grid (or its leader) as assignee; no grid or nobody in it →
     * it stays RECEIVED in the street's queue. The resident's filing reply tells where it went.
     */
    @WithTransaction
    public Uni<Dispatch> dispatchFiled(Report r) {
        Category category = standard.category(r.categoryCode).orElse(standard.other());
        r.departmentCode = category.department();
        r.clockStartedAt = r.createdAt;
        r.deadline = deadline(r.clockStartedAt, category, r.level);
        return dispatch(r, Action.DISPATCH, ActorRole.SYSTEM, SYSTEM, null, null, null, false);
    }

    /**
     * The reporter adds to a report already filed (an emergency is filed before its place and phone are known): the
     * place, the phone, a photo or more words, with a timeline entry. A place that finds the grid of a report that
     * has none yet gives it that grid and dispatches it (its worker and, for an emergency, its leader are told); the
     * worker who already has the order is told what was added.
     */
    @WithTransaction
    public Uni<Supplemented> supplement(String number, String reporter, Supplement added) {
        return locked(number).chain(r -> {
            if (!r.reporter.equals(reporter)) {
                throw new IllegalTransition(IllegalTransition.FORBIDDEN, "工单 " + r.number + " 不是您上报的");
            }
            OffsetDateTime now = now();
            List<String> notes = added.applyTo(r);
            boolean located = added.gridCode() != null && r.gridCode == null;
            if (located) {
                r.gridCode = added.gridCode();
            }
            r.updatedAt = now;
            boolean dispatchNow = located && r.status == ReportStatus.RECEIVED && r.assignee == null;
            Uni<Void> event = ReportEvent.of(r, now, reporter, SUPPLEMENT, String.join("；", notes)).persist()
                    .replaceWithVoid();
            if (dispatchNow) {
                return event.chain(() -> dispatch(r, Action.DISPATCH, ActorRole.SYSTEM, SYSTEM, null, null, null,
                        false)).map(d -> new Supplemented(r.number, d, !d.queued(), false));
            }
            boolean tell = r.assignee != null && r.status.isOpen();
            return event.chain(() -> tell ? notices.supplemented(r, notes) : Uni.createFrom().voidItem())
                    .chain(() -> people.gridName(r.gridCode)).chain(grid -> people.nameOf(r.assignee)
                            .map(worker -> new Supplemented(r.number, new Dispatch(grid, worker, r.deadline), false,
                                    tell)));
        });
    }

    // ---- worker actions (chat) -----------------------------------------------------------------------------------

    /** 接单/签收: the assignee, another worker of the grid or its leader takes the order; the first one wins. */
    @WithTransaction
    public Uni<Report> accept(String number, String openid) {
        return locked(number).chain(r -> roleOf(openid, r).chain(role -> {
            if (r.status == ReportStatus.ACCEPTED && !openid.equals(r.assignee)) {
                return people.nameOf(r.assignee).map(name -> {
                    throw new IllegalTransition("taken", "工单 " + r.number + " 已由" + name + "签收");
                });
            }
            Transition t = Lifecycle.apply(r.status, Action.ACCEPT, role, null);
            OffsetDateTime now = now();
            boolean takenOver = !openid.equals(r.assignee);
            if (takenOver) {
                r.assignee = openid;
                r.dispatchedAt = now;
            }
            return people.nameOf(openid).chain(name -> record(r, t, openid, takenOver ? name + "签收（代接）" : name + "签收", now)
                    .chain(() -> notices.residentAccepted(r, name))).replaceWith(r);
        }));
    }

    /** 办结 with the worker's note; the resident is asked to rate within the rating window. */
    @WithTransaction
    public Uni<Report> resolve(String number, String openid, String note) {
        return byWorker(number, openid, Action.RESOLVE, note, (r, now) -> {
            r.resolvedAt = now;
            r.resolutionNote = blankToNull(note);
            r.ratingDueAt = now.plus(config.ratingWindow());
            return note;
        }, r -> notices.residentResolved(r, r.resolutionNote));
    }

    /** 退回 with a reason: the order leaves the worker and goes back to the grid leader (the street, for a leader). */
    @WithTransaction
    public Uni<Report> giveBack(String number, String openid, String reason) {
        return byWorker(number, openid, Action.RETURN, reason, (r, now) -> {
            r.assignee = null;
            return reason;
        }, r -> people.nameOf(openid).chain(worker -> people.leaderOf(r.gridCode)
                .chain(leader -> leader.isPresent() && !leader.get().equals(openid)
                        ? Uni.createFrom().item(List.of(leader.get())) : people.streetDutyOf(r.gridCode))
                .chain(to -> notices.returned(r, to, worker, reason))));
    }

    /** 挂起 with a reason: the clock stops until 恢复. */
    @WithTransaction
    public Uni<Report> suspend(String number, String openid, String reason) {
        return byWorker(number, openid, Action.SUSPEND, reason, (r, now) -> {
            r.suspendedAt = now;
            return reason;
        }, r -> notices.residentSuspended(r, reason));
    }

    /** 恢复: the deadline and every escalation step move back by the time spent suspended. */
    @WithTransaction
    public Uni<Report> resume(String number, String openid) {
        return byWorker(number, openid, Action.RESUME, null, (r, now) -> {
            if (r.suspendedAt != null && r.deadline != null) {
                Duration paused = Duration.between(r.suspendedAt, now);
                r.deadline = r.deadline.plus(paused);
                r.clockStartedAt = r.clockStartedAt.plus(paused);
            }
            r.suspendedAt = null;
            return "处理时限顺延至 " + ShortTime.of(r.deadline);
        }, r -> notices.residentResumed(r));
    }

    /**
     * The shape of every worker action: the report locked, the worker's role on it, the lifecycle's verdict (a
     * refusal throws before anything changes), then {@code change} (returns the timeline note), the timeline entry,
     * and {@code tell} (the notices).
     */
    private Uni<Report> byWorker(String number, String openid, Action action, String reason,
                                 BiFunction<Report, OffsetDateTime, String> change, Function<Report, Uni<Void>> tell) {
        return locked(number).chain(r -> roleOf(openid, r).chain(role -> {
            Transition t = Lifecycle.apply(r.status, action, role, reason);
            OffsetDateTime now = now();
            String note = change.apply(r, now);
            return record(r, t, openid, note, now).chain(() -> tell.apply(r)).replaceWith(r);
        }));
    }

    /**
     * A photo the worker sends soon after 办结 is attached to the report they resolved last, and passed on to the
     * resident. Empty when there is no such report: the photo means something else (a report of their own).
     */
    @WithTransaction
    public Uni<Optional<Report>> attachPhoto(String openid, String photo) {
        OffsetDateTime now = now();
        return Report.<Report>find("assignee = ?1 and status in ?2 and resolvedAt >= ?3 order by resolvedAt desc",
                        openid, List.of(ReportStatus.RESOLVED, ReportStatus.CLOSED),
                        now.minus(config.resolutionPhotoWindow()))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .chain(r -> {
                    if (r == null) {
                        return Uni.createFrom().item(Optional.<Report>empty());
                    }
                    List<String> photos = new ArrayList<>(PhotoList.read(r.resolutionPhotos));
                    photos.add(photo);
                    r.resolutionPhotos = PhotoList.write(photos);
                    r.updatedAt = now;
                    return ReportEvent.of(r, now, openid, PHOTO, "办结照片").persist()
                            .chain(() -> notices.residentPhoto(r, photo)).replaceWith(Optional.of(r));
                });
    }

    /** The open orders assigned to the worker, the nearest deadline first. */
    @WithTransaction
    public Uni<List<Report>> openOrdersOf(String openid) {
        return Report.<Report>find("assignee = ?1 and status in ?2 order by deadline, id", openid,
                        List.of(ReportStatus.DISPATCHED, ReportStatus.ACCEPTED, ReportStatus.SUSPENDED))
                .page(0, config.myOrdersLimit()).list();
    }

    /**
     * The numbers a worker's reference may mean: open reports of the grids they work in or lead, ending in
     * {@code suffix} (all of them when suffix is null).
     */
    @WithTransaction
    public Uni<List<String>> referable(String openid, String suffix) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        SELECT r.number FROM report r
                        WHERE r.status IN ('RECEIVED', 'DISPATCHED', 'ACCEPTED', 'SUSPENDED', 'RETURNED', 'REOPENED')
                          AND r.number LIKE ?2 AND r.grid_code IN (SELECT m.grid_code FROM grid_member m
                              WHERE m.openid = ?1 AND m.role IN ('WORKER', 'LEADER'))
                        ORDER BY r.number LIMIT 20""", String.class)
                .setParameter(1, openid).setParameter(2, suffix == null ? "%" : "%" + suffix).getResultList());
    }

    // ---- resident ------------------------------------------------------------------------------------------------

    /** Whether the resident has a resolved report waiting for their rating. */
    @WithTransaction
    public Uni<Boolean> awaitingRating(String openid) {
        return Report.count("reporter = ?1 and status = ?2 and ratingDueAt > ?3", openid, ReportStatus.RESOLVED, now())
                .map(n -> n > 0);
    }

    /**
     * The resident rates their most recently resolved report still open for rating. 满意/基本满意 close it; 不满意
     * reopens it (重办) and dispatches it again in the same grid with a new deadline, the comment on the timeline.
     */
    @WithTransaction
    public Uni<Optional<Rated>> rate(String openid, Rating rating, String comment) {
        OffsetDateTime now = now();
        return Report.<Report>find("reporter = ?1 and status = ?2 and ratingDueAt > ?3 order by resolvedAt desc",
                        openid, ReportStatus.RESOLVED, now).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .chain(r -> {
                    if (r == null) {
                        return Uni.createFrom().item(Optional.<Rated>empty());
                    }
                    Action action = switch (rating) {
                        case SATISFIED -> Action.RATE_SATISFIED;
                        case BASIC -> Action.RATE_BASIC;
                        case UNSATISFIED -> Action.RATE_UNSATISFIED;
                    };
                    Transition t = Lifecycle.apply(r.status, action, ActorRole.RESIDENT, null);
                    r.rating = rating;
                    r.ratingComment = blankToNull(comment);
                    r.ratedAt = now;
                    r.ratingDueAt = null;
                    String note = rating.label() + (r.ratingComment == null ? "" : "：" + r.ratingComment);
                    Uni<Void> recorded = record(r, t, openid, note, now);
                    if (rating.satisfied()) {
                        return recorded.replaceWith(Optional.of(new Rated(r.number, rating, false, null)));
                    }
                    Category category = standard.category(r.categoryCode).orElse(standard.other());
                    r.reopenCount++;
                    r.resolvedAt = null;
                    r.resolutionNote = null;
                    r.clockStartedAt = now;
                    r.deadline = deadline(now, category, r.level);
                    r.remindedAt = null;
                    r.supervisedAt = null;
                    r.escalatedAt = null;
                    r.assignee = null;
                    return recorded.chain(() -> dispatch(r, Action.REDISPATCH, ActorRole.SYSTEM, SYSTEM, null, null,
                                    "重办：" + note, false))
                            .invoke(() -> Log.infof("Report %s reopened by a 不满意 rating", r.number))
                            .map(d -> Optional.of(new Rated(r.number, rating, true, d.gridName())));
                });
    }

    // ---- staff (API) ---------------------------------------------------------------------------------------------

    /**
     * Dispatches a report by hand: from the street's queue (RECEIVED), or again after 退回 / 重办. {@code grid} (an
     * administrator only) places a report that has none or moves it; {@code assignee} (a worker or the leader of the
     * grid) overrides the dispatch rule.
     */
    @WithTransaction
    public Uni<Report> staffDispatch(String number, Caller caller, String grid, String assignee, String note) {
        return locked(number).chain(r -> {
            if (grid != null && !grid.equals(r.gridCode)) {
                if (!caller.isAdmin()) {
                    throw new DomainException(403, "not-your-grid", "Only street staff move a report to another grid");
                }
                return people.gridExists(grid).chain(exists -> {
                    if (!exists) {
                        return Uni.createFrom().failure(DomainException.notFound("unknown-grid", "No grid " + grid));
                    }
                    if (r.gridCode != null) {
                        Lifecycle.apply(r.status, r.status == ReportStatus.RECEIVED ? Action.DISPATCH
                                : Action.REDISPATCH, ActorRole.STAFF, note);
                    }
                    r.gridCode = grid;
                    r.assignee = null;
                    return staffDispatch(r, caller, assignee, note);
                });
            }
            return staffDispatch(r, caller, assignee, note);
        });
    }

    private Uni<Report> staffDispatch(Report r, Caller caller, String assignee, String note) {
        ActorRole role = staffRole(caller, r);
        if (r.gridCode == null) {
            throw DomainException.badRequest("grid-required", "Report " + r.number
                    + " has no grid: give the grid to dispatch it to");
        }
        Action action = r.status == ReportStatus.RECEIVED ? Action.DISPATCH : Action.REDISPATCH;
        Lifecycle.apply(r.status, action, role, note);
        return chosen(r.gridCode, assignee).chain(to -> dispatch(r, action, role, caller.username(), to, null,
                blankToNull(note), true)).map(d -> {
            if (d.queued()) {
                throw DomainException.conflict("nobody-to-dispatch-to", "Grid " + r.gridCode
                        + " has no worker and no leader to dispatch to");
            }
            return r;
        });
    }

    /** 改派: a live order moves to another worker of its grid, who must accept it again. */
    @WithTransaction
    public Uni<Report> reassign(String number, Caller caller, String assignee, String reason) {
        return locked(number).chain(r -> {
            ActorRole role = staffRole(caller, r);
            Lifecycle.apply(r.status, Action.REASSIGN, role, reason);
            return chosen(r.gridCode, assignee).chain(to -> {
                if (to != null && to.openid().equals(r.assignee)) {
                    throw DomainException.conflict("same-assignee", "Report " + r.number + " is already assigned to "
                            + to.name());
                }
                String previous = r.assignee;
                return dispatch(r, Action.REASSIGN, role, caller.username(), to, previous, reason, false)
                        .call(d -> d.queued() || previous == null ? Uni.createFrom().voidItem()
                                : notices.reassignedAway(r, previous, d.assigneeName(), reason));
            }).map(d -> {
                if (d.queued()) {
                    throw DomainException.conflict("nobody-to-reassign-to", "Grid " + r.gridCode
                            + " has nobody else to reassign report " + r.number + " to");
                }
                return r;
            });
        });
    }

    /** 作废 (duplicate, invalid) with a reason: the report ends; the resident is told why. */
    @WithTransaction
    public Uni<Report> cancel(String number, Caller caller, String reason) {
        return locked(number).chain(r -> {
            Transition t = Lifecycle.apply(r.status, Action.CANCEL, staffRole(caller, r), reason);
            OffsetDateTime now = now();
            return record(r, t, caller.username(), reason, now)
                    .chain(() -> notices.residentCancelled(r, reason)).replaceWith(r);
        });
    }

    // ---- shared --------------------------------------------------------------------------------------------------

    /**
     * The report, locked for update until the transaction ends. Callers must not have read the report as an entity
     * earlier in the same transaction (the lookups before it are plain queries): the session would hand back that
     * earlier copy, which may predate a change committed while this transaction waited for the lock.
     */
    Uni<Report> locked(String number) {
        return Report.<Report>find("number", number).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .onItem().ifNull().failWith(() -> new IllegalTransition("unknown-report", "没有编号为 " + number + " 的工单"));
    }

    /** The caller's role on this report; refused when they work in another grid (or in none). */
    Uni<ActorRole> roleOf(String openid, Report r) {
        if (openid.equals(r.assignee)) {
            return Uni.createFrom().item(ActorRole.ASSIGNEE);
        }
        if (r.gridCode == null) {
            return Uni.createFrom().failure(notMember(r));
        }
        return people.roleIn(openid, r.gridCode).map(role -> switch (role.orElse("")) {
            case "LEADER" -> ActorRole.LEADER;
            case "WORKER" -> ActorRole.GRID_MEMBER;
            case "VOLUNTEER" -> throw new IllegalTransition(IllegalTransition.FORBIDDEN,
                    "工单 " + r.number + " 须由网格员处理，志愿者不能操作");
            default -> throw notMember(r);
        });
    }

    private static IllegalTransition notMember(Report r) {
        return new IllegalTransition(IllegalTransition.FORBIDDEN, "工单 " + r.number + " 不属于您所在的网格，您不能处理");
    }

    private static ActorRole staffRole(Caller caller, Report r) {
        if (caller.isAdmin()) {
            return ActorRole.STAFF;
        }
        caller.requireStaffOf(r.gridCode);
        return ActorRole.LEADER;
    }

    /** The named assignee, checked to be a worker or the leader of the grid; null → the dispatch rule decides. */
    private Uni<Candidate> chosen(String grid, String assignee) {
        if (assignee == null || assignee.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return people.roleIn(assignee, grid).chain(role -> {
            if (role.isEmpty() || role.get().equals("VOLUNTEER")) {
                return Uni.createFrom().failure(DomainException.badRequest("not-a-worker",
                        assignee + " is not a worker or the leader of grid " + grid));
            }
            return people.nameOf(assignee).map(name -> new Candidate(assignee, name));
        });
    }

    /**
     * Gives the order to {@code to}, or by the dispatch rule when null (except {@code except}); with nobody to give
     * it to, a RECEIVED report stays in the street's queue (anything else is refused by the caller).
     */
    private Uni<Dispatch> dispatch(Report r, Action action, ActorRole role, String actor, Candidate to, String except,
                                   String reason, boolean tellResident) {
        OffsetDateTime now = now();
        if (r.gridCode == null) {
            return queue(r, now, "无所属网格，待街道派单");
        }
        return people.lockGridDispatch(r.gridCode)
                .chain(() -> to != null ? Uni.createFrom().item(Optional.of(to)) : pick(r.gridCode, except))
                .chain(chosen -> people.gridName(r.gridCode).chain(gridName -> {
                    if (chosen.isEmpty()) {
                        return r.status == ReportStatus.RECEIVED ? queue(r, now, gridName + "暂无网格员，待街道派单")
                                .map(d -> new Dispatch(gridName, null, r.deadline))
                                : Uni.createFrom().item(new Dispatch(gridName, null, r.deadline));
                    }
                    Candidate worker = chosen.get();
                    Transition t = Lifecycle.apply(r.status, action, role, reason);
                    r.assignee = worker.openid();
                    r.dispatchedAt = now;
                    String note = "派给" + worker.name() + (reason == null ? "" : "（" + reason + "）");
                    return record(r, t, actor, note, now)
                            .chain(() -> people.dispatchedTo(worker.openid(), r.gridCode, now))
                            .chain(() -> notices.dispatched(r, reasonLabel(action, reason)))
                            .chain(() -> emergencyToLeader(r, action, worker))
                            .call(() -> tellResident
                                    ? notices.residentDispatched(r, gridName) : Uni.createFrom().voidItem())
                            .invoke(() -> Log.debugf("Report %s %s to a worker of %s", r.number, action, r.gridCode))
                            .map(leaderTold -> new Dispatch(gridName, worker.name(), r.deadline, leaderTold));
                }));
    }

    /** A new emergency order is pushed to the grid's leader as well (unless the leader has it); true when sent. */
    private Uni<Boolean> emergencyToLeader(Report r, Action action, Candidate worker) {
        if (!r.emergency || action != Action.DISPATCH) {
            return Uni.createFrom().item(false);
        }
        return people.leaderOf(r.gridCode).chain(leader -> leader.isEmpty() || leader.get().equals(worker.openid())
                ? Uni.createFrom().item(false)
                : notices.emergencyToLeader(r, leader.get(), worker.name()).replaceWith(true));
    }

    private static String reasonLabel(Action action, String reason) {
        return switch (action) {
            case REDISPATCH -> reason == null ? "重新派单" : "重新派单：" + reason;
            case REASSIGN -> "改派：" + reason;
            default -> null;
        };
    }

    private Uni<Optional<Candidate>> pick(String grid, String except) {
        return people.leastBusy(grid, "WORKER", except)
                .chain(w -> w.isPresent() ? Uni.createFrom().item(w) : people.leastBusy(grid, "LEADER", except));
    }

    private Uni<Dispatch> queue(Report r, OffsetDateTime now, String note) {
        r.updatedAt = now;
        return ReportEvent.of(r, now, SYSTEM, QUEUED, note).persist()
                .replaceWith(new Dispatch(null, null, r.deadline));
    }

    Uni<Void> record(Report r, Transition t, String actor, String note, OffsetDateTime now) {
        r.status = t.to();
        r.updatedAt = now;
        return ReportEvent.of(r, now, actor, t.action().name(), blankToNull(note)).persist().replaceWithVoid();
    }

    OffsetDateTime deadline(OffsetDateTime start, Category category, int level) {
        return OffsetDateTime.ofInstant(deadlines.deadline(start.toInstant(), category.deadlineHours(), level),
                start.getOffset());
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
