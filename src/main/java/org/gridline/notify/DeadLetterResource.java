package org.gridline.notify;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.auth.Role;
import org.gridline.platform.Page;

import java.util.Map;

/** Dead letters for street staff: list them, retry one, retry all. */
@Tag(name = "Dead letters")
@Path("/api/deliveries/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class DeadLetterResource {
    private final DeadLetters deadLetters;

    public DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(summary = "Messages delivery gave up on, newest first")
    public Uni<Page<DeadLetter>> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return deadLetters.list(page, size);
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Deliver one dead letter again")
    public Uni<DeadLetter> retry(@PathParam("id") long id) {
        return deadLetters.retry(id);
    }

    @POST
    @Path("/retry")
    @Operation(summary = "Deliver every dead letter again")
    public Uni<Map<String, Integer>> retryAll() {
        return deadLetters.retryAll().map(n -> Map.of("retried", n));
    }
}
