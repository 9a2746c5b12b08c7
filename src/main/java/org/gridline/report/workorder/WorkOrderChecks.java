package org.gridline.report.workorder;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.gridline.platform.SafeContext;
import org.gridline.report.Report;
import org.gridline.report.ReportEvent;
import org.gridline.report.workorder.WorkOrderTexts.Templates;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The clock-driven side of work orders, run every {@code gridline.workorder.check-interval} on every instance:
 * <ul>
 *   <li>催办 / 督办 / 上报 at 75 / 100 / 150 % of the time allowed ({@link Deadlines#dueSteps});</li>
 *   <li>resolved reports nobody rated within the window close unrated;</li>
 *   <li>department orders not acknowledged in time escalate to the street.</li>
 * </ul>
 * <b>Exactly once, with any number of instances and across restarts:</b> each batch selects its rows {@code FOR
 * UPDATE SKIP LOCKED} in one transaction, records what fired on the row itself (a step's column, the new status, the
 * order's {@code escalated_at}) together with the timeline entry and the outbox rows, and commits. Another instance
 * skips the locked rows and, after the commit, no longer selects them; a crash before the commit leaves nothing done,
 * so the next run does it. Nothing is kept in memory between runs. Time is the injected clock's, so tests drive it.
 */
@ApplicationScoped
public class WorkOrderChecks {
    private final Orders orders;
    private final People people;
    private final WorkerNotices notices;
    private final WorkOrderConfig config;
    private final WorkOrderRepository queries;

    WorkOrderChecks(Orders orders, People people, WorkerNotices notices, WorkOrderConfig config,
                    WorkOrderRepository queries) {
        this.queries = queries;
        this.orders = orders;
        this.people = people;
        this.notices = notices;
        this.config = config;
    }

    /** What one run did. */
    public record Checked(int steps, int closedUnrated, int ordersEscalated) {
        public boolean any() {
            return steps + closedUnrated + ordersEscalated > 0;
        }
    }

    void schedule(@Observes StartupEvent start, Scheduler scheduler, Vertx vertx) {
        String every = config.checkInterval().toMillis() + "ms";
        scheduler.newJob("workorder-checks").setInterval(every).setDelayed(every)
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setAsyncTask(execution -> SafeContext.run(vertx, this::runOnce).replaceWithVoid())
                .schedule();
    }

    /** One run: every due step, closure and order escalation at the clock's now, in batches until none is left. */
    public Uni<Checked> runOnce() {
        OffsetDateTime now = orders.now();
        return drain(() -> Panache.withTransaction(() -> escalationBatch(now)))
                .chain(steps -> drain(() -> Panache.withTransaction(() -> ratingBatch(now)))
                        .chain(closed -> drain(() -> Panache.withTransaction(() -> orderBatch(now)))
                                .map(escalated -> new Checked(steps, closed, escalated))))
                .invoke(c -> {
                    if (c.any()) {
                        Log.infof("Work-order checks: %d escalation steps, %d closed unrated, %d orders escalated",
                                c.steps(), c.closedUnrated(), c.ordersEscalated());
                    }
                });
    }

    /**
     * Runs batches while they do something; the sum of what they did. Finite: every further batch has done at least
     * one thing, and each thing is done once.
     */
    private static Uni<Integer> drain(java.util.function.Supplier<Uni<Integer>> batch) {
        return batch.get().chain(n -> n == 0 ? Uni.createFrom().item(0) : drain(batch).map(more -> more + n));
    }

    private Uni<Integer> escalationBatch(OffsetDateTime now) {
        return queries.lockDueSteps(now, config.checkBatch()).chain(ids -> ids.isEmpty() ? Uni.createFrom().item(0)
                : Report.<Report>list("id in ?1", ids).chain(reports -> Multi.createFrom().iterable(reports)
                        .onItem().transformToUniAndConcatenate(r -> fireDue(r, now))
                        .collect().in(() -> new int[1], (sum, n) -> sum[0] += n).map(sum -> sum[0])));
    }

    private Uni<Integer> fireDue(Report r, OffsetDateTime now) {
        Set<EscalationStep> fired = EnumSet.noneOf(EscalationStep.class);
        if (r.remindedAt != null) {
            fired.add(EscalationStep.REMINDER);
        }
        if (r.supervisedAt != null) {
            fired.add(EscalationStep.SUPERVISION);
        }
        if (r.escalatedAt != null) {
            fired.add(EscalationStep.ESCALATION);
        }
        List<EscalationStep> due = Deadlines.dueSteps(r.clockStartedAt.toInstant(), r.deadline.toInstant(),
                now.toInstant(), fired);
        return Multi.createFrom().iterable(due).onItem()
                .transformToUniAndConcatenate(step -> fire(r, step, now).replaceWith(1))
                .collect().asList().map(List::size);
    }

    private Uni<Void> fire(Report r, EscalationStep step, OffsetDateTime now) {
        switch (step) {
            case REMINDER -> r.remindedAt = now;
            case SUPERVISION -> r.supervisedAt = now;
            case ESCALATION -> r.escalatedAt = now;
        }
        r.updatedAt = now;
        return recipients(r, step).chain(to -> people.nameOf(r.assignee).chain(assignee -> ReportEvent.of(r, now,
                        Orders.SYSTEM, step.name(), WorkOrderTexts.of(Templates.stepNote(step, to.size())))
                .persist()
                .chain(() -> notices.step(r, step, to, assignee))));
    }

    /** 催办 → the assignee (the leader when nobody has it); 督办 → the leader; 上报 → street duty and department. */
    private Uni<List<String>> recipients(Report r, EscalationStep step) {
        return switch (step) {
            case REMINDER -> r.assignee != null ? Uni.createFrom().item(List.of(r.assignee))
                    : people.leaderOf(r.gridCode).map(l -> l.map(List::of).orElse(List.of()));
            case SUPERVISION -> people.leaderOf(r.gridCode).map(l -> l.map(List::of).orElse(List.of()));
            case ESCALATION -> people.streetDutyOf(r.gridCode).chain(duty -> people.departmentContacts(r.departmentCode)
                    .map(dept -> {
                        List<String> all = new ArrayList<>(duty);
                        all.addAll(dept);
                        return all.stream().distinct().toList();
                    }));
        };
    }

    private Uni<Integer> ratingBatch(OffsetDateTime now) {
        return queries.lockRatingsOver(now, config.checkBatch()).chain(ids -> ids.isEmpty() ? Uni.createFrom().item(0)
                : Report.<Report>list("id in ?1", ids).chain(reports -> Multi.createFrom().iterable(reports)
                        .onItem().transformToUniAndConcatenate(r -> {
                            Transition t = Lifecycle.apply(r.status, Action.CLOSE_UNRATED, ActorRole.SYSTEM, null);
                            r.ratingDueAt = null;
                            return orders.record(r, t, Orders.SYSTEM, WorkOrderTexts.of(Templates.closedUnrated()), now)
                                    .replaceWith(1);
                        }).collect().asList().map(List::size)));
    }

    private Uni<Integer> orderBatch(OffsetDateTime now) {
        return queries.lockOrdersOverdue(now, config.checkBatch()).chain(ids -> ids.isEmpty() ? Uni.createFrom().item(0)
                : DepartmentOrder.<DepartmentOrder>list("id in ?1", ids).chain(list -> Multi.createFrom().iterable(list)
                        .onItem().transformToUniAndConcatenate(o -> escalateOrder(o, now).replaceWith(1))
                        .collect().asList().map(List::size)));
    }

    private Uni<Void> escalateOrder(DepartmentOrder o, OffsetDateTime now) {
        o.escalatedAt = now;
        return Report.<Report>findById(o.reportId).chain(r -> people.departmentName(o.departmentCode)
                .chain(name -> people.streetDutyOf(r.gridCode).chain(duty -> ReportEvent.of(r, now, Orders.SYSTEM,
                                DepartmentOrders.ORDER_OVERDUE, WorkOrderTexts.of(Templates
                                        .orderOverdueNote(name.orElse(o.departmentCode))))
                        .persist().chain(() -> notices.orderOverdue(r, duty,
                                name.orElse(o.departmentCode), o.issuedAt)))));
    }
}
