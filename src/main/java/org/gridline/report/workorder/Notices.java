package org.gridline.report.workorder;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.notify.OutboundMessage;
import org.gridline.notify.Outbox;
import org.gridline.report.PlaceText;
import org.gridline.report.Report;
import org.gridline.report.ReportFollower;
import org.gridline.report.ReportQueries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a work order's notices reach people, written to the outbox inside the transaction of the change; what they say
 * is {@link WorkerNotices}' and {@link ResidentNotices}'.
 * <ul>
 *   <li>Workers, leaders, street duty and departments must hear of an order even when they have not written for days,
 *   so they get a <b>subscribe message</b>, with the whole text as a customer-service fallback when they have no
 *   authorisation left (issue 7).</li>
 *   <li>Residents get their progress as a <b>customer-service message</b> first, because the rating question expects
 *   an answer in the chat, with a subscribe-message fallback once their 48 h window has closed.</li>
 * </ul>
 */
@ApplicationScoped
class Notices {
    private static final String SOURCE = "workorder:";
    /** The card key of the resident's phone on the order templates (the platform's phone_number type, ≤ 17). */
    static final String PHONE_KEY = "phone_number5";

    private final Outbox outbox;
    private final WorkOrderConfig config;
    private final ReportQueries reports;

    Notices(Outbox outbox, WorkOrderConfig config, ReportQueries reports) {
        this.outbox = outbox;
        this.config = config;
        this.reports = reports;
    }

    WorkOrderConfig config() {
        return config;
    }

    /** The report as the texts show it, as it stands now. */
    OrderText order(Report r) {
        return OrderText.of(r, categoryName(r));
    }

    String categoryName(Report r) {
        return reports.categoryName(r.categoryCode);
    }

    /** The card's extra key for the resident's phone, when they left one. */
    static Map<String, Object> withPhone(Report r) {
        return r.contactPhone == null ? Map.of() : Map.of(PHONE_KEY, r.contactPhone);
    }

    /** The reporter and everyone following the report: the text, with a progress card as its fallback. */
    Uni<Void> residents(Report r, String phrase, String note, String text) {
        return ReportFollower.<ReportFollower>list("reportId", r.id).chain(followers -> {
            List<String> to = new ArrayList<>();
            to.add(r.reporter);
            followers.forEach(f -> to.add(f.openid));
            return Multi.createFrom().iterable(to.stream().distinct().toList())
                    .onItem().transformToUniAndConcatenate(openid -> toResident(r, openid, phrase, note, text))
                    .collect().last().replaceWithVoid();
        });
    }

    private Uni<Void> toResident(Report r, String openid, String phrase, String note, String text) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("character_string1", r.number);
        data.put("phrase2", phrase);
        data.put("thing3", note == null || note.isBlank() ? "-" : note);
        OutboundMessage.Subscribe fallback = outbox.subscribe(openid, config.progressTemplateId(),
                config.page() + "?number=" + r.number, data);
        return outbox.reply(OutboundMessage.text(openid, text), fallback, SOURCE + r.number).replaceWithVoid();
    }

    /** One subscribe message per recipient (duplicates and nulls dropped), each with the text as its fallback. */
    Uni<Void> alert(List<String> to, Report r, String templateId, String what, String text) {
        return alert(to, r, templateId, what, Map.of(), text);
    }

    /** The same, with {@code extra} keys on the card after the four common ones. */
    Uni<Void> alert(List<String> to, Report r, String templateId, String what, Map<String, Object> extra,
                    String text) {
        List<String> recipients = to.stream().filter(o -> o != null && !o.isBlank()).distinct().toList();
        return Multi.createFrom().iterable(recipients).onItem().transformToUniAndConcatenate(openid -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("character_string1", r.number);
            data.put("thing2", what);
            data.put("thing3", PlaceText.of(r));
            data.put("time4", r.deadline == null ? r.updatedAt : r.deadline);
            data.putAll(extra);
            return outbox.notify(openid, templateId, config.page() + "?number=" + r.number, data, SOURCE + r.number,
                    OutboundMessage.text(openid, text));
        }).collect().last().replaceWithVoid();
    }

    static String render(TemplateInstance template) {
        return template.render().strip();
    }
}
