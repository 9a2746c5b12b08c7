package org.gridline.registration;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.auth.Caller;
import org.gridline.auth.Role;
import org.gridline.platform.Page;
import org.gridline.platform.error.DomainException;
import org.gridline.registration.RegistrationViews.DailyCount;
import org.gridline.registration.RegistrationViews.RegistrationItem;

import java.time.LocalDate;
import java.util.List;

/** 报备: arrival registrations and the daily counts per grid. An ADMIN sees all; a LEADER their own grid. */
@Path("/api/registrations")
@Tag(name = "Registrations")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class RegistrationResource {
    private final RegistrationQueries registrations;
    private final JsonWebToken token;

    public RegistrationResource(RegistrationQueries registrations, JsonWebToken token) {
        this.registrations = registrations;
        this.token = token;
    }

    @GET
    @Operation(summary = "List registrations, newest first; optionally by openid, grid and day of registration")
    public Uni<Page<RegistrationItem>> list(@QueryParam("openid") String openid, @QueryParam("grid") String grid,
                                            @QueryParam("date") LocalDate date,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("20") @Min(1)
                                                    @Max(Page.MAX_SIZE) int size) {
        return registrations.list(openid, grid, date, page, size, Caller.of(token));
    }

    @GET
    @Path("daily")
    @Operation(summary = "Registrations per day and grid (每日外来流动人口统计), from and to inclusive, at most 366 days")
    public Uni<List<DailyCount>> daily(@QueryParam("grid") String grid, @QueryParam("from") @NotNull LocalDate from,
                                       @QueryParam("to") @NotNull LocalDate to) {
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw DomainException.badRequest("invalid-range", "from must not be after to, at most 366 days apart");
        }
        return registrations.daily(grid, from, to, Caller.of(token));
    }
}
