package org.gridline.conversation;

import org.gridline.platform.time.ShortTime;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.report.Report;
import org.gridline.report.ReportNumbers;
import org.gridline.report.ReportQueries;
import org.gridline.report.workorder.DepartmentOrders;
import org.gridline.report.workorder.IllegalTransition;
import org.gridline.report.Rating;
import org.gridline.report.workorder.ReportReference;
import org.gridline.report.workorder.WorkOrders;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The work order in the chat: a worker's commands (接单/签收, 办结, 退回, 挂起, 恢复, 我的工单), a leader's 发令, a
 * department contact's 签收, the photo sent after 办结, and the resident's rating (满意 / 基本满意 / 不满意, or 1/2/3,
 * with an optional comment). A refusal is answered with its reason and changes nothing.
 */
@ApplicationScoped
public class WorkOrderDialogue {
    private static final Pattern REFERENCE = Pattern.compile("(?i)r\\d{13}|(?<!\\d)\\d{4}(?!\\d)");
    private static final Pattern ORDER_ARGS = Pattern.compile("^([A-Za-z]{1,32})\\s*[，,:：]?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern DIGIT_RATING = Pattern.compile("^\\s*([123])(?![0-9])[\\s，,、:：。.]*(.*)$",
            Pattern.DOTALL);
    private static final String SEPARATORS = "^[\\s，,、:：。.！!]+";

    private final WorkOrders orders;
    private final DepartmentOrders departmentOrders;
    private final ReportQueries reports;

    public WorkOrderDialogue(WorkOrders orders, DepartmentOrders departmentOrders, ReportQueries reports) {
        this.orders = orders;
        this.departmentOrders = departmentOrders;
        this.reports = reports;
    }

    /** An open order in 我的工单. */
    public record OrderLine(String number, String category, String status, String deadline, String place) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accepted(String number, String deadline);

        static native TemplateInstance resolved(String number);

        static native TemplateInstance returned(String number);

        static native TemplateInstance suspended(String number);

        static native TemplateInstance resumed(String number, String deadline);

        static native TemplateInstance myOrders(List<OrderLine> orders);

        static native TemplateInstance noOrders();

        static native TemplateInstance ordered(String number, String department, String due, int contacts);

        static native TemplateInstance orderAcknowledged(String number, String department);

        static native TemplateInstance photoAttached(String number);

        static native TemplateInstance usage(String verb);

        static native TemplateInstance notFound(String reference);

        static native TemplateInstance ambiguous(String reference, List<String> candidates);

        static native TemplateInstance rated(String number, Rating rating, boolean reopened, String grid);

        static native TemplateInstance nothingToRate();
    }

    /** A worker's command; {@code verb} and {@code reference} as recognised, {@code text} the whole message. */
    public Uni<String> command(String openid, String verb, Optional<String> reference, String text) {
        if (verb.equals("我的工单")) {
            return myOrders(openid);
        }
        if (reference.isEmpty()) {
            return reply(Templates.usage(verb));
        }
        String rest = restAfterReference(text, verb);
        return resolve(openid, verb, reference.get()).chain(found -> found.number() == null
                ? Uni.createFrom().item(found.reply())
                : act(openid, verb, found.number(), rest)
                        .onFailure(IllegalTransition.class).recoverWithItem(Throwable::getMessage));
    }

    private Uni<String> act(String openid, String verb, String number, String rest) {
        return switch (verb) {
            case "接单", "签收" -> departmentOrders.acknowledge(openid, number).chain(department -> department.isPresent()
                    ? reply(Templates.orderAcknowledged(number, department.get()))
                    : orders.accept(number, openid).map(r -> render(Templates.accepted(r.number, ShortTime.of(r.deadline)))));
            case "办结" -> orders.resolve(number, openid, rest).map(r -> render(Templates.resolved(r.number)));
            case "退回" -> orders.giveBack(number, openid, rest).map(r -> render(Templates.returned(r.number)));
            case "挂起" -> orders.suspend(number, openid, rest).map(r -> render(Templates.suspended(r.number)));
            case "恢复" -> orders.resume(number, openid).map(r -> render(Templates.resumed(r.number, ShortTime.of(r.deadline))));
            case "发令" -> order(openid, number, rest);
            default -> reply(Templates.usage(verb));
        };
    }

    private Uni<String> order(String leader, String number, String rest) {
        Matcher m = ORDER_ARGS.matcher(rest);
        if (!m.matches()) {
            return reply(Templates.usage("发令"));
        }
        return departmentOrders.issue(leader, number, m.group(1), m.group(2))
                .map(issued -> render(Templates.ordered(issued.number(), issued.departmentName(),
                        ShortTime.of(issued.dueAt()), issued.contacts())));
    }

    /** Which report: a whole number as given; four digits among the worker's (or their department's) open orders. */
    private Uni<Found> resolve(String openid, String verb, String reference) {
        if (ReportNumbers.isNumber(reference)) {
            return Uni.createFrom().item(new Found(reference, null));
        }
        String suffix = reference.substring(reference.length() - 4);
        Uni<List<String>> candidates = orders.referable(openid, suffix);
        if (verb.equals("签收") || verb.equals("接单")) {
            candidates = candidates.chain(own -> departmentOrders.waitingFor(openid, suffix).map(dept -> {
                List<String> all = new ArrayList<>(own);
                all.addAll(dept);
                return all;
            }));
        }
        return candidates.map(numbers -> {
            ReportReference.Result result = ReportReference.resolve(reference, numbers);
            if (result instanceof ReportReference.Found f) {
                return new Found(f.number(), null);
            }
            if (result instanceof ReportReference.Ambiguous a) {
                return new Found(null, render(Templates.ambiguous(reference, a.candidates())));
            }
            return new Found(null, render(Templates.notFound(reference)));
        });
    }

    private record Found(String number, String reply) {
    }

    private Uni<String> myOrders(String openid) {
        return orders.openOrdersOf(openid).map(list -> list.isEmpty() ? render(Templates.noOrders())
                : render(Templates.myOrders(list.stream().map(this::line).toList())));
    }

    private OrderLine line(Report r) {
        return new OrderLine(r.number, reports.categoryName(r.categoryCode), r.status.label(), ShortTime.of(r.deadline),
                r.address != null ? r.address : r.building != null ? r.building : "见定位");
    }

    /** A photo right after 办结 belongs to that order; empty when the worker resolved nothing just now. */
    public Uni<Optional<String>> photo(String openid, String photo) {
        return orders.attachPhoto(openid, photo).map(r -> r.map(report -> render(Templates.photoAttached(report.number))));
    }

    /** The rating word recognised ("满意", "基本满意", "不满意") with the rest of the message as a comment. */
    public Uni<String> rate(String openid, String word, String text) {
        Rating rating = switch (word) {
            case "不满意" -> Rating.UNSATISFIED;
            case "基本满意" -> Rating.BASIC;
            default -> Rating.SATISFIED;
        };
        return rate(openid, rating, commentAfter(text));
    }

    /**
     * "1", "2" or "3" (with an optional comment) when the resident has a report waiting for a rating; empty when the
     * message is not such an answer, so that it means what it would mean otherwise.
     */
    public Uni<Optional<String>> digitRating(String openid, String text) {
        Matcher m = DIGIT_RATING.matcher(text);
        if (!m.matches()) {
            return Uni.createFrom().item(Optional.empty());
        }
        Rating rating = Rating.values()[Integer.parseInt(m.group(1)) - 1];
        return orders.awaitingRating(openid).chain(waiting -> waiting
                ? rate(openid, rating, m.group(2)).map(Optional::of) : Uni.createFrom().item(Optional.empty()));
    }

    private Uni<String> rate(String openid, Rating rating, String comment) {
        return orders.rate(openid, rating, comment).map(rated -> rated.map(r -> render(Templates.rated(r.number(),
                r.rating(), r.reopened(), r.gridName()))).orElseGet(() -> render(Templates.nothingToRate())));
    }

    static String commentAfter(String text) {
        String stripped = text.strip();
        for (String word : List.of("非常不满意", "不太满意", "不满意", "基本满意", "非常满意", "很满意", "满意", "还行", "一般")) {
            int at = stripped.indexOf(word);
            if (at >= 0) {
                return stripped.substring(at + word.length()).replaceFirst(SEPARATORS, "").strip();
            }
        }
        return stripped;
    }

    /** What follows the report reference: the note of 办结, the reason of 退回 and 挂起, the order of 发令. */
    static String restAfterReference(String text, String verb) {
        int from = Math.max(0, text.indexOf(verb));
        Matcher m = REFERENCE.matcher(text);
        if (!m.find(from)) {
            return "";
        }
        return text.substring(m.end()).replaceFirst(SEPARATORS, "").strip();
    }

    private static Uni<String> reply(TemplateInstance template) {
        return Uni.createFrom().item(render(template));
    }

    private static String render(TemplateInstance template) {
        return template.render().strip();
    }
}
