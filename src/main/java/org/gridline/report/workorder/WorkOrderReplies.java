package org.gridline.report.workorder;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import org.gridline.report.Rating;

import java.util.List;

/** What the work-order chat answers; every text is a template under {@code templates/WorkOrderReplies/}. */
final class WorkOrderReplies {
    private WorkOrderReplies() {
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

    static Uni<String> reply(TemplateInstance template) {
        return Uni.createFrom().item(render(template));
    }

    static String render(TemplateInstance template) {
        return template.render().strip();
    }
}
