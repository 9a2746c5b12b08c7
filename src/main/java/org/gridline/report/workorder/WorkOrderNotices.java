package org.gridline.report.workorder;

import org.gridline.platform.time.ShortTime;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.notify.OutboundMessage;
import org.gridline.notify.Outbox;
import org.gridline.report.PhotoList;
import org.gridline.report.Report;
import org.gridline.report.ReportFollower;
import org.gridline.report.ReportQueries;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a work order tells people, written to the outbox inside the transaction of the change.
 * <ul>
 *   <li>Workers, leaders, street duty and departments must hear of an order even when they have not written for days,
 *   so they get a <b>subscribe message</b>, with the whole text as a customer-service fallback when they have no
 *   authorisation left (issue 7).</li>
 *   <li>Residents get their progress as a <b>customer-service message</b> first, because the rating question expects
 *   an answer in the chat, with a subscribe-message fallback once their 48 h window has closed.</li>
 * </ul>
 */
@ApplicationScoped
class WorkOrderNotices {
    private static final String SOURCE = "workorder:";
    /** The card key of the resident's phone on the order templates (the platform's phone_number type, ≤ 17). */
    static final String PHONE_KEY = "phone_number5";

    private final Outbox outbox;
    private final WorkOrderConfig config;
    private final ReportQueries reports;

    WorkOrderNotices(Outbox outbox, WorkOrderConfig config, ReportQueries reports) {
        this.outbox = outbox;
        this.config = config;
        this.reports = reports;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dispatched(Order order, String reason);

        static native TemplateInstance emergencyToLeader(Order order, String worker);

        static native TemplateInstance supplemented(Order order, List<String> added);

        static native TemplateInstance step(Order order, EscalationStep step, String assignee);

        static native TemplateInstance returned(Order order, String worker, String reason);

        static native TemplateInstance reassignedAway(Order order, String to, String reason);

        static native TemplateInstance departmentOrder(Order order, String leader, String note, String due);

        static native TemplateInstance orderOverdue(Order order, String department, String issuedAt);

        static native TemplateInstance residentDispatched(Order order, String grid);

        static native TemplateInstance residentAccepted(Order order, String worker);

        static native TemplateInstance residentSuspended(Order order, String reason);

        static native TemplateInstance residentResumed(Order order);

        static native TemplateInstance residentResolved(Order order, String note, int ratingDays);

        static native TemplateInstance residentPhoto(Order order, String photo);

        static native TemplateInstance residentCancelled(Order order, String reason);
    }

    /**
     * What the texts show of a report. {@code phone} is whole: only texts to the order's assignee and the grid's
     * leader show it.
     */
    record Order(String number, String shortNumber, String category, String place, String description,
                 String deadline, String status, boolean emergency, String phone, List<String> photos) {
        static Order of(Report r, String categoryName) {
            return new Order(r.number, r.number.substring(r.number.length() - 4), categoryName, WorkOrderNotices.place(r),
                    r.description, ShortTime.of(r.deadline), r.status.label(), r.emergency, r.contactPhone,
                    PhotoList.read(r.photos));
        }
    }

    /** Where the report is, as people read it: the address, the building, or the pin. */
    static String place(Report r) {
        return place(r.address, r.building, r.latitude, r.longitude);
    }

    static String place(String address, String building, Double latitude, Double longitude) {
        return address != null ? address : building != null ? building
                : latitude != null ? "见定位（" + latitude + ", " + longitude + "）" : "未提供";
    }

    /** The report as the texts show it, as it stands now. */
    private Order order(Report r) {
        return Order.of(r, reports.categoryName(r.categoryCode));
    }

    /**
     * A new order for the assignee; {@code reason} says why it came (redispatch, reassignment), null for a new one.
     * The card carries the resident's phone when they left one; the text fallback carries everything, photos too.
     */
    Uni<Void> dispatched(Report r, String reason) {
        return alert(List.of(r.assignee), r, config.dispatchedTemplateId(), orderTitle(r), withPhone(r),
                render(Templates.dispatched(order(r), reason)));
    }

    /** The grid's leader hears of a new emergency order at once, as the worker does. */
    Uni<Void> emergencyToLeader(Report r, String leader, String worker) {
        return alert(List.of(leader), r, config.dispatchedTemplateId(), orderTitle(r), withPhone(r),
                render(Templates.emergencyToLeader(order(r), worker)));
    }

    /** The assignee hears what the resident added to the order (place, phone, photo, words). */
    Uni<Void> supplemented(Report r, List<String> added) {
        return alert(List.of(r.assignee), r, config.escalatedTemplateId(), "居民补充：" + String.join("、", added),
                withPhone(r), render(Templates.supplemented(order(r), added)));
    }

    private String orderTitle(Report r) {
        return (r.emergency ? "紧急：" : "") + reports.categoryName(r.categoryCode);
    }

    private static Map<String, Object> withPhone(Report r) {
        return r.contactPhone == null ? Map.of() : Map.of(PHONE_KEY, r.contactPhone);
    }

    Uni<Void> step(Report r, EscalationStep step, List<String> to, String assigneeName) {
        return alert(to, r, config.escalatedTemplateId(), step.label() + "：" + reports.categoryName(r.categoryCode),
                render(Templates.step(order(r), step, assigneeName)));
    }

    Uni<Void> returned(Report r, List<String> to, String worker, String reason) {
        return alert(to, r, config.escalatedTemplateId(), "退回：" + reason,
                render(Templates.returned(order(r), worker, reason)));
    }

    /** The worker who had the order hears that it moved on, so it leaves their list knowingly. */
    Uni<Void> reassignedAway(Report r, String previous, String to, String reason) {
        return alert(List.of(previous), r, config.escalatedTemplateId(), "改派：" + reason,
                render(Templates.reassignedAway(order(r), to, reason)));
    }

    Uni<Void> departmentOrder(Report r, List<String> contacts, String leader, String note,
                              OffsetDateTime due) {
        return alert(contacts, r, config.escalatedTemplateId(), "基层发令：" + note,
                render(Templates.departmentOrder(order(r), leader, note, ShortTime.of(due))));
    }

    Uni<Void> orderOverdue(Report r, List<String> duty, String department, OffsetDateTime issuedAt) {
        return alert(duty, r, config.escalatedTemplateId(), "部门未签收：" + department,
                render(Templates.orderOverdue(order(r), department, ShortTime.of(issuedAt))));
    }

    Uni<Void> residentDispatched(Report r, String grid) {
        return residents(r, "已派单", grid, render(Templates.residentDispatched(order(r), grid)));
    }

    Uni<Void> residentAccepted(Report r, String worker) {
        return residents(r, "已签收", "网格员" + worker + "处理中", render(Templates.residentAccepted(order(r), worker)));
    }

    Uni<Void> residentSuspended(Report r, String reason) {
        return residents(r, "已挂起", reason, render(Templates.residentSuspended(order(r), reason)));
    }

    Uni<Void> residentResumed(Report r) {
        return residents(r, "处理中", "恢复处理", render(Templates.residentResumed(order(r))));
    }

    Uni<Void> residentResolved(Report r, String note) {
        int days = (int) Math.max(1, config.ratingWindow().toDays());
        return residents(r, "已办结", "请评价处理结果", render(Templates.residentResolved(order(r), note, days)));
    }

    Uni<Void> residentPhoto(Report r, String photo) {
        return residents(r, "已办结", "办结照片", render(Templates.residentPhoto(order(r), photo)));
    }

    Uni<Void> residentCancelled(Report r, String reason) {
        return residents(r, "已作废", reason, render(Templates.residentCancelled(order(r), reason)));
    }

    /** The reporter and everyone following the report. */
    private Uni<Void> residents(Report r, String phrase, String note, String text) {
        return ReportFollower.<ReportFollower>list("reportId", r.id).chain(followers -> {
            List<String> to = new ArrayList<>();
            to.add(r.reporter);
            followers.forEach(f -> to.add(f.openid));
            return Multi.createFrom().iterable(to.stream().distinct().toList())
                    .onItem().transformToUniAndConcatenate(openid -> {
                        Map<String, Object> data = new LinkedHashMap<>();
                        data.put("character_string1", r.number);
                        data.put("phrase2", phrase);
                        data.put("thing3", note == null || note.isBlank() ? "-" : note);
                        OutboundMessage.Subscribe fallback = outbox.subscribe(openid, config.progressTemplateId(),
                                config.page() + "?number=" + r.number, data);
                        return outbox.reply(OutboundMessage.text(openid, text), fallback, SOURCE + r.number);
                    }).collect().last().replaceWithVoid();
        });
    }

    /** One subscribe message per recipient (duplicates and nulls dropped), each with the text as its fallback. */
    private Uni<Void> alert(List<String> to, Report r, String templateId, String what, String text) {
        return alert(to, r, templateId, what, Map.of(), text);
    }

    /** The same, with {@code extra} keys on the card after the four common ones. */
    private Uni<Void> alert(List<String> to, Report r, String templateId, String what, Map<String, Object> extra,
                            String text) {
        List<String> recipients = to.stream().filter(o -> o != null && !o.isBlank()).distinct().toList();
        return Multi.createFrom().iterable(recipients).onItem().transformToUniAndConcatenate(openid -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("character_string1", r.number);
            data.put("thing2", what);
            data.put("thing3", place(r));
            data.put("time4", r.deadline == null ? r.updatedAt : r.deadline);
            data.putAll(extra);
            return outbox.notify(openid, templateId, config.page() + "?number=" + r.number, data, SOURCE + r.number,
                    OutboundMessage.text(openid, text));
        }).collect().last().replaceWithVoid();
    }

    private static String render(TemplateInstance template) {
        return template.render().strip();
    }
}
