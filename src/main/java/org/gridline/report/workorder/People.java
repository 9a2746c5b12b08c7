package org.gridline.report.workorder;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.grid.DepartmentView;
import org.gridline.grid.GridDirectory;
import org.gridline.grid.GridRole;
import org.gridline.grid.MemberRole;

import java.util.List;
import java.util.Optional;

/**
 * Who is who for a work order: the grid's workers and leader, the street's duty contacts, a department's contacts, a
 * person's name. All of it is the grid feature's, asked of {@link GridDirectory} (in the caller's session, so inside
 * the transaction that changes the order); this class only says it in the work orders' words.
 */
@ApplicationScoped
class People {
    private final GridDirectory directory;

    People(GridDirectory directory) {
        this.directory = directory;
    }

    Uni<Boolean> gridExists(String gridCode) {
        return directory.exists(gridCode);
    }

    /** The person's role in the grid, if any. */
    Uni<Optional<MemberRole>> roleIn(String openid, String gridCode) {
        return directory.roleIn(openid, gridCode);
    }

    Uni<Optional<String>> leaderOf(String gridCode) {
        return gridCode == null ? Uni.createFrom().item(Optional.empty()) : directory.leaderOf(gridCode);
    }

    Uni<String> gridName(String gridCode) {
        return directory.gridName(gridCode);
    }

    /** A member's name as the grid knows it; the openid when they are nobody's member. */
    Uni<String> nameOf(String openid) {
        return directory.memberName(openid);
    }

    /** The duty contacts of the street the grid lies in. */
    Uni<List<String>> streetDutyOf(String gridCode) {
        return directory.streetDutyOf(gridCode);
    }

    Uni<List<String>> departmentContacts(String departmentCode) {
        return departmentCode == null ? Uni.createFrom().item(List.of()) : directory.department(departmentCode)
                .map(d -> d.map(DepartmentView::contactOpenids).orElse(List.of()).stream().distinct().toList());
    }

    Uni<Optional<String>> departmentName(String departmentCode) {
        return directory.department(departmentCode).map(d -> d.map(DepartmentView::name));
    }

    /** The departments the person is a contact of, in code order. */
    Uni<List<String>> departmentsOf(String openid) {
        return directory.departmentsOf(openid);
    }

    /** The grids where the person is a worker or the leader, in code order. */
    Uni<List<String>> staffGrids(String openid) {
        return directory.rolesOf(openid).map(roles -> roles.stream().filter(r -> Orders.handlesOrders(r.role()))
                .map(GridRole::gridCode).distinct().toList());
    }

    /** The grid's members with the role, the longest-standing first. */
    Uni<List<Candidate>> members(String gridCode, MemberRole role) {
        return directory.membersBySeniority(gridCode, role)
                .map(ms -> ms.stream().map(m -> new Candidate(m.openid(), m.name())).toList());
    }

    /** A worker (or leader) who may get an order. */
    record Candidate(String openid, String name) {
    }
}
