package org.gridline.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.notify.DeadLetter;
import org.gridline.notify.DeadLetters;
import org.gridline.platform.Page;
import org.jboss.resteasy.reactive.RestForm;

import java.util.function.Supplier;

/** 投递失败: the messages delivery gave up on, for street staff (ADMIN): the list, one retry, retry all. */
@Path("/console/dead-letters")
@Tag(name = "Console pages")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class DeadLetterPageResource {
    private static final String PAGE = "/console/dead-letters";

    private final DeadLetters deadLetters;
    private final ConsoleUser user;

    public DeadLetterPageResource(DeadLetters deadLetters, ConsoleUser user) {
        this.deadLetters = deadLetters;
        this.user = user;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance deadLetters(Page<DeadLetter> letters, String done);
    }

    @GET
    @Operation(summary = "Console: dead letters, newest first (ADMIN)")
    public Uni<Response> page(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                              @QueryParam("done") String done) {
        return Pages.orRefusal(Uni.createFrom().voidItem().invoke(user::requireAdmin)
                .chain(() -> deadLetters.list(page, Page.DEFAULT_SIZE))
                .map(letters -> Pages.ok(Templates.deadLetters(letters, done))));
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Console: deliver one dead letter again (ADMIN)")
    public Uni<Response> retry(@PathParam("id") long id, @RestForm String csrf) {
        return act(csrf, "one", () -> deadLetters.retry(id).replaceWithVoid());
    }

    @POST
    @Path("retry")
    @Operation(summary = "Console: deliver every dead letter again (ADMIN)")
    public Uni<Response> retryAll(@RestForm String csrf) {
        return act(csrf, "all", () -> deadLetters.retryAll().replaceWithVoid());
    }

    private Uni<Response> act(String csrf, String done, Supplier<Uni<Void>> action) {
        return Pages.orRefusal(Uni.createFrom().voidItem().invoke(() -> {
            user.requireAdmin();
            user.requireCsrf(csrf);
        }).chain(() -> action.get()).map(v -> Pages.seeOther(PAGE + "?done=" + done)));
    }
}
