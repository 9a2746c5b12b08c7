package org.gridline.grid;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.grid.CityRequests.NewCommunity;
import org.gridline.grid.CityRequests.NewDepartment;
import org.gridline.grid.CityRequests.NewStreet;
import org.gridline.grid.CityViews.CommunityView;
import org.gridline.grid.CityViews.StreetView;
import org.gridline.platform.Page;
import org.gridline.platform.error.Constraints;
import org.gridline.platform.error.DomainException;

import java.util.Map;

/** Streets, communities and departments: the reference data above and beside the grids. */
@ApplicationScoped
public class CityService {

    @WithTransaction
    public Uni<StreetView> createStreet(NewStreet request) {
        Street street = new Street();
        street.code = request.code();
        street.name = request.name().strip();
        street.dutyOpenids = JsonColumns.array(request.dutyOpenids() == null ? java.util.List.of()
                : request.dutyOpenids());
        return Street.findById(street.code).invoke(existing -> requireAbsent(existing, "street", street.code))
                .chain(() -> street.<Street>persistAndFlush())
                .onFailure().transform(duplicate("street_pkey", "street", street.code))
                .map(saved -> StreetView.of(street));
    }

    @WithSession
    public Uni<Page<StreetView>> streets(int page, int size) {
        return page(Street.<Street>findAll(Sort.by("code")), page, size).map(p -> p.map(StreetView::of));
    }

    @WithTransaction
    public Uni<CommunityView> createCommunity(NewCommunity request) {
        Community community = new Community();
        community.code = request.code();
        community.name = request.name().strip();
        community.streetCode = request.streetCode();
        return Street.findById(request.streetCode()).invoke(street -> {
                    if (street == null) {
                        throw DomainException.badRequest("unknown-street", "No street has the code "
                                + request.streetCode());
                    }
                })
                .chain(() -> Community.findById(community.code))
                .invoke(existing -> requireAbsent(existing, "community", community.code))
                .chain(() -> community.<Community>persistAndFlush())
                .onFailure().transform(duplicate("community_pkey", "community", community.code))
                .map(saved -> CommunityView.of(community));
    }

    @WithSession
    public Uni<Page<CommunityView>> communities(String streetCode, int page, int size) {
        PanacheQuery<Community> query = streetCode == null
                ? Community.findAll(Sort.by("code"))
                : Community.find("streetCode", Sort.by("code"), streetCode);
        return page(query, page, size).map(p -> p.map(CommunityView::of));
    }

    @WithTransaction
    public Uni<DepartmentView> createDepartment(NewDepartment request) {
        Department department = new Department();
        department.code = request.code();
        department.name = request.name().strip();
        department.contactOpenids = JsonColumns.array(request.contactOpenids());
        return Department.findById(department.code)
                .invoke(existing -> requireAbsent(existing, "department", department.code))
                .chain(() -> department.<Department>persistAndFlush())
                .onFailure().transform(duplicate("department_pkey", "department", department.code))
                .map(saved -> DepartmentView.of(department));
    }

    @WithSession
    public Uni<Page<DepartmentView>> departments(int page, int size) {
        return page(Department.<Department>findAll(Sort.by("code")), page, size).map(p -> p.map(DepartmentView::of));
    }

    static <T> Uni<Page<T>> page(PanacheQuery<T> query, int page, int size) {
        return query.count().chain(total -> query.page(page, size).list()
                .map(items -> new Page<>(items, page, size, total)));
    }

    static void requireAbsent(Object existing, String what, String code) {
        if (existing != null) {
            throw duplicateCode(what, code);
        }
    }

    static java.util.function.Function<Throwable, Throwable> duplicate(String constraint, String what, String code) {
        return Constraints.translate(Map.of(constraint, duplicateCode(what, code)));
    }

    private static DomainException duplicateCode(String what, String code) {
        return DomainException.badRequest("duplicate-code", "A " + what + " with the code " + code + " exists already");
    }
}
