package org.gridline.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.gridline.platform.error.DomainException;
import org.gridline.report.workorder.IllegalTransition;

import java.net.URI;

/**
 * How console pages answer: a page with its status, a redirect after a form (303), and a refusal as a page that says
 * why in the console's words ({@code console/reason.txt}: a short code's sentence, else the service's own, which for
 * the work-order lifecycle is already Chinese), never an error document or a stack trace.
 */
final class Pages {
    private Pages() {
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance refused(Integer status, String reason);

        static native TemplateInstance reason(String code, String message);
    }

    static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    static Response ok(TemplateInstance page) {
        return page(200, page);
    }

    /** After a form that changed something: the browser loads {@code path} with a GET. */
    static Response seeOther(String path, String... cookies) {
        Response.ResponseBuilder answer = Response.seeOther(URI.create(path));
        for (String cookie : cookies) {
            answer.header(HttpHeaders.SET_COOKIE, cookie);
        }
        return answer.build();
    }

    /** The sentence a person reads for a refusal. */
    static String reason(String code, String message) {
        return Templates.reason(code, message == null ? "" : message).render().strip();
    }

    /** The refusal's sentence, for a failure a service signalled; null for anything else. */
    static String reason(Throwable failure) {
        if (failure instanceof DomainException e) {
            return reason(e.code(), e.getMessage());
        }
        if (failure instanceof IllegalTransition e) {
            return reason(e.code(), e.getMessage());
        }
        return null;
    }

    static int status(Throwable failure) {
        if (failure instanceof DomainException e) {
            return e.status();
        }
        return failure instanceof IllegalTransition e ? e.status() : 500;
    }

    static boolean isRefusal(Throwable failure) {
        return failure instanceof DomainException || failure instanceof IllegalTransition;
    }

    /** The page, or the refusal page when the service refused (anything unexpected goes to the problem mapper). */
    static Uni<Response> orRefusal(Uni<Response> page) {
        return page.onFailure(Pages::isRefusal).recoverWithItem(Pages::refused);
    }

    static Response refused(Throwable failure) {
        return page(status(failure), Templates.refused(status(failure), reason(failure)));
    }
}
