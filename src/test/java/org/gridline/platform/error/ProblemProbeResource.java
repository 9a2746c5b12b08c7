package org.gridline.platform.error;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/** Test-only endpoints that fail in each of the ways the error mapper must translate. */
@Path("/test-probe")
public class ProblemProbeResource {

    public record Named(@NotBlank @Size(max = 5) String name) {
    }

    @GET
    @Path("/domain")
    public String domain() {
        throw DomainException.conflict("already-taken", "该工单已被他人接单");
    }

    @GET
    @Path("/crash")
    public String crash() {
        throw new IllegalStateException("secret internal detail");
    }

    @POST
    @Path("/validated")
    @Consumes(MediaType.APPLICATION_JSON)
    public String validated(@Valid Named body) {
        return body.name();
    }
}
