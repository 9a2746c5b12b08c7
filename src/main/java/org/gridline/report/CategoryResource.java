package org.gridline.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.auth.Role;
import org.gridline.report.CategoryStandard;

import java.util.List;

/** 分级分类标准: the categories reports are filed under, as the operator's config/categories.yaml defines them. */
@Path("/api/categories")
@Tag(name = "Categories")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class CategoryResource {
    private final CategoryStandard standard;

    public CategoryResource(CategoryStandard standard) {
        this.standard = standard;
    }

    /** A category without its matching phrases. */
    public record CategoryView(String code, String name, int level, int deadlineHours, String department,
                               String departmentName) {
    }

    @GET
    @Operation(summary = "The categories with their default level, deadline and responsible department")
    public List<CategoryView> list() {
        return standard.categories().stream().map(c -> new CategoryView(c.code(), c.name(), c.level(),
                c.deadlineHours(), c.department(), standard.departments().get(c.department()))).toList();
    }
}
