package org.gridline.report.workorder;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.gridline.report.Rating;
import org.gridline.report.Report;
import org.gridline.report.ReportStatus;
import org.gridline.report.workorder.Dispatching.Move;
import org.gridline.report.workorder.WorkOrderTexts.Templates;

import java.time.OffsetDateTime;
import java.util.Optional;

import static org.gridline.report.workorder.Orders.blankToNull;
import static org.gridline.report.workorder.WorkOrderTexts.of;

/**
 * 回访评价: the resident rates their most recently resolved report still open for rating. 满意/基本满意 close it;
 * 不满意 reopens it (重办) and dispatches it again in the same grid with a new deadline, the comment on the timeline.
 */
@ApplicationScoped
class Ratings {
    private final Orders orders;
    private final Dispatching dispatching;

    Ratings(Orders orders, Dispatching dispatching) {
        this.orders = orders;
        this.dispatching = dispatching;
    }

    /** What a rating did. */
    record Rated(String number, Rating rating, boolean reopened, String gridName) {
    }

    /** Whether the resident has a resolved report waiting for their rating. */
    @WithTransaction
    public Uni<Boolean> awaitingRating(String openid) {
        return Report.count("reporter = ?1 and status = ?2 and ratingDueAt > ?3", openid, ReportStatus.RESOLVED,
                orders.now()).map(n -> n > 0);
    }

    /** Empty when the resident has no report waiting for a rating. */
    @WithTransaction
    public Uni<Optional<Rated>> rate(String openid, Rating rating, String comment) {
        OffsetDateTime now = orders.now();
        return Report.<Report>find("reporter = ?1 and status = ?2 and ratingDueAt > ?3 order by resolvedAt desc",
                        openid, ReportStatus.RESOLVED, now).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .chain(r -> r == null ? Uni.createFrom().item(Optional.<Rated>empty())
                        : rated(r, openid, rating, comment, now).map(Optional::of));
    }

    private Uni<Rated> rated(Report r, String openid, Rating rating, String comment, OffsetDateTime now) {
        Transition t = Lifecycle.apply(r.status, action(rating), ActorRole.RESIDENT, null);
        r.rating = rating;
        r.ratingComment = blankToNull(comment);
        r.ratedAt = now;
        r.ratingDueAt = null;
        String note = of(Templates.ratingNote(rating.label(), r.ratingComment));
        Uni<Void> recorded = orders.record(r, t, openid, note, now);
        return rating.satisfied() ? recorded.replaceWith(new Rated(r.number, rating, false, null))
                : recorded.chain(() -> reopen(r, note, now));
    }

    /** 重办: the report starts again, with a new clock, for the grid's workers by the dispatch rule. */
    private Uni<Rated> reopen(Report r, String note, OffsetDateTime now) {
        r.reopenCount++;
        r.resolvedAt = null;
        r.resolutionNote = null;
        orders.startClock(r, now);
        r.remindedAt = null;
        r.supervisedAt = null;
        r.escalatedAt = null;
        r.assignee = null;
        return dispatching.dispatch(r, Move.bySystem(Action.REDISPATCH, of(Templates.reopenNote(note))))
                .invoke(() -> Log.infof("Report %s reopened by a 不满意 rating", r.number))
                .map(d -> new Rated(r.number, r.rating, true, d.grid()));
    }

    private static Action action(Rating rating) {
        return switch (rating) {
            case SATISFIED -> Action.RATE_SATISFIED;
            case BASIC -> Action.RATE_BASIC;
            case UNSATISFIED -> Action.RATE_UNSATISFIED;
        };
    }
}
