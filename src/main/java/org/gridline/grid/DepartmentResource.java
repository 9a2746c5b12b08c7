package org.gridline.grid;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.auth.Role;
import org.gridline.grid.CityRequests.NewDepartment;
import org.gridline.platform.Page;
import org.jboss.resteasy.reactive.ResponseStatus;

/** 部门: the bodies that execute orders. */
@Path("/api/departments")
@Tag(name = "Departments")
@SecurityRequirement(name = "jwt")
public class DepartmentResource {
    private final CityService city;

    public DepartmentResource(CityService city) {
        this.city = city;
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Create a department (部门) with its contact openids")
    public Uni<DepartmentView> create(@Valid @NotNull NewDepartment department) {
        return city.createDepartment(department);
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    @Operation(summary = "List departments, by code")
    public Uni<Page<DepartmentView>> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @QueryParam("size") @DefaultValue("20") @Min(1)
                                                  @Max(Page.MAX_SIZE) int size) {
        return city.departments(page, size);
    }
}
