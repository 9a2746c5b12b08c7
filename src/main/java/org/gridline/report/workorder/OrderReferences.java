package org.gridline.report.workorder;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.report.ReportNumbers;
import org.gridline.report.WorkerVerb;
import org.gridline.report.workorder.WorkOrderReplies.Templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.gridline.report.workorder.WorkOrderReplies.render;

/** Which report a worker's command means: a whole number as given, four digits among their (department's) orders. */
@ApplicationScoped
class OrderReferences {
    private static final String SEPARATORS = "^[\\s，,、:：。.！!]+";

    private final WorkerOrders orders;
    private final DepartmentOrders departmentOrders;

    OrderReferences(WorkerOrders orders, DepartmentOrders departmentOrders) {
        this.orders = orders;
        this.departmentOrders = departmentOrders;
    }

    /** The number meant, or the reply that says why there is none (not found, or more than one). */
    record Found(String number, String reply) {
    }

    Uni<Found> resolve(String openid, WorkerVerb verb, String reference) {
        if (ReportNumbers.isNumber(reference)) {
            return Uni.createFrom().item(new Found(reference, null));
        }
        Optional<String> digits = ReportNumbers.shortReference(reference);
        if (digits.isEmpty()) {
            return Uni.createFrom().item(found(reference, List.of()));
        }
        String suffix = digits.get();
        Uni<List<String>> candidates = orders.referable(openid, suffix);
        if (verb == WorkerVerb.ACCEPT) {
            candidates = candidates.chain(own -> departmentOrders.waitingFor(openid, suffix).map(dept -> {
                List<String> all = new ArrayList<>(own);
                all.addAll(dept);
                return all;
            }));
        }
        return candidates.map(numbers -> found(reference, numbers));
    }

    private static Found found(String reference, List<String> numbers) {
        ReportReference.Result result = ReportReference.resolve(reference, numbers);
        if (result instanceof ReportReference.Found f) {
            return new Found(f.number(), null);
        }
        if (result instanceof ReportReference.Ambiguous a) {
            return new Found(null, render(Templates.ambiguous(reference, a.candidates())));
        }
        return new Found(null, render(Templates.notFound(reference)));
    }

    /** What follows the report reference: the note of 办结, the reason of 退回 and 挂起, the order of 发令. */
    static String restAfterReference(String text, String verb) {
        int from = Math.max(0, text.indexOf(verb));
        return ReportNumbers.afterReference(text, from).map(rest -> rest.replaceFirst(SEPARATORS, "").strip())
                .orElse("");
    }
}
