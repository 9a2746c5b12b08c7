package org.gridline.report.workorder;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.time.ShortTime;
import org.gridline.report.PlaceText;
import org.gridline.report.Report;
import org.gridline.report.ReportQueries;
import org.gridline.report.WorkOrderChat;
import org.gridline.report.WorkerVerb;
import org.gridline.report.workorder.WorkOrderReplies.OrderLine;
import org.gridline.report.workorder.WorkOrderReplies.Templates;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.gridline.report.workorder.WorkOrderReplies.render;
import static org.gridline.report.workorder.WorkOrderReplies.reply;

/**
 * The work order in the chat ({@link WorkOrderChat}): a worker's commands (接单/签收, 办结, 退回, 挂起, 恢复, 我的工单), a
 * leader's 发令, a department contact's 签收, the photo sent after 办结, and the resident's rating ({@link RatingChat}).
 * A refusal is answered with its reason and changes nothing.
 */
@ApplicationScoped
class WorkOrderChatService implements WorkOrderChat {
    private static final Pattern ORDER_ARGS = Pattern.compile("^([A-Za-z]{1,32})\\s*[，,:：]?\\s*(.*)$", Pattern.DOTALL);

    private final WorkerActions actions;
    private final WorkerOrders orders;
    private final DepartmentOrders departmentOrders;
    private final OrderReferences references;
    private final RatingChat ratings;
    private final ReportQueries reports;

    WorkOrderChatService(WorkerActions actions, WorkerOrders orders, DepartmentOrders departmentOrders,
                         OrderReferences references, RatingChat ratings, ReportQueries reports) {
        this.actions = actions;
        this.orders = orders;
        this.departmentOrders = departmentOrders;
        this.references = references;
        this.ratings = ratings;
        this.reports = reports;
    }

    @Override
    public Uni<String> command(String openid, String word, Optional<String> reference, String text) {
        Optional<WorkerVerb> verb = WorkerVerb.of(word);
        if (verb.isEmpty()) {
            return reply(Templates.usage(word));
        }
        if (verb.get() == WorkerVerb.MY_ORDERS) {
            return myOrders(openid);
        }
        if (reference.isEmpty()) {
            return reply(Templates.usage(word));
        }
        String rest = OrderReferences.restAfterReference(text, word);
        return references.resolve(openid, verb.get(), reference.get()).chain(found -> found.number() == null
                ? Uni.createFrom().item(found.reply())
                : act(openid, verb.get(), found.number(), rest)
                        .onFailure(IllegalTransition.class).recoverWithItem(Throwable::getMessage));
    }

    private Uni<String> act(String openid, WorkerVerb verb, String number, String rest) {
        return switch (verb) {
            case ACCEPT -> departmentOrders.acknowledge(openid, number).chain(department -> department.isPresent()
                    ? reply(Templates.orderAcknowledged(number, department.get()))
                    : actions.accept(number, openid).map(r -> render(Templates.accepted(r.number,
                            ShortTime.of(r.deadline)))));
            case RESOLVE -> actions.resolve(number, openid, rest).map(r -> render(Templates.resolved(r.number)));
            case RETURN -> actions.giveBack(number, openid, rest).map(r -> render(Templates.returned(r.number)));
            case SUSPEND -> actions.suspend(number, openid, rest).map(r -> render(Templates.suspended(r.number)));
            case RESUME -> actions.resume(number, openid).map(r -> render(Templates.resumed(r.number,
                    ShortTime.of(r.deadline))));
            case ORDER -> order(openid, number, rest);
            case MY_ORDERS -> myOrders(openid);
        };
    }

    private Uni<String> order(String leader, String number, String rest) {
        Matcher m = ORDER_ARGS.matcher(rest);
        if (!m.matches()) {
            return reply(Templates.usage(WorkerVerb.ORDER.word()));
        }
        return departmentOrders.issue(leader, number, m.group(1), m.group(2))
                .map(issued -> render(Templates.ordered(issued.number(), issued.departmentName(),
                        ShortTime.of(issued.dueAt()), issued.contacts())));
    }

    private Uni<String> myOrders(String openid) {
        return orders.openOrdersOf(openid).map(list -> list.isEmpty() ? render(Templates.noOrders())
                : render(Templates.myOrders(list.stream().map(this::line).toList())));
    }

    private OrderLine line(Report r) {
        return new OrderLine(r.number, reports.categoryName(r.categoryCode), r.status.label(), ShortTime.of(r.deadline),
                PlaceText.shortOf(r));
    }

    @Override
    public Uni<Optional<String>> photo(String openid, String photo) {
        return orders.attachPhoto(openid, photo)
                .map(r -> r.map(report -> render(Templates.photoAttached(report.number))));
    }

    @Override
    public Uni<String> rate(String openid, String word, String text) {
        return ratings.rate(openid, word, text);
    }

    @Override
    public Uni<Optional<String>> digitRating(String openid, String text) {
        return ratings.digitRating(openid, text);
    }
}
