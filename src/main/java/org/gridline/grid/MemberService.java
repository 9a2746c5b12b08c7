package org.gridline.grid;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.auth.Caller;
import org.gridline.grid.CityRequests.NewMember;
import org.gridline.platform.Page;
import org.gridline.platform.error.Constraints;
import org.gridline.platform.error.DomainException;
import org.gridline.platform.text.Masking;
import org.gridline.platform.text.Phones;

import java.util.Map;

/**
 * The people of a grid. A grid's leader manages its workers and volunteers; leaders are appointed by street staff.
 * One leader per grid is checked here for a clear message and enforced by a unique index for races.
 */
@ApplicationScoped
public class MemberService {

    @WithTransaction
    public Uni<MemberView> add(String gridCode, NewMember request, Caller caller) {
        caller.requireStaffOf(gridCode);
        requireMayAppoint(request.role(), caller);
        GridMember member = member(gridCode, request);
        return requireGrid(gridCode)
                .chain(() -> GridMember.count("gridCode = ?1 and openid = ?2", gridCode, member.openid))
                .invoke(n -> {
                    if (n > 0) {
                        throw duplicate(gridCode);
                    }
                })
                .chain(() -> member.role == MemberRole.LEADER ? requireNoLeader(gridCode) : Uni.createFrom().voidItem())
                .chain(() -> member.<GridMember>persistAndFlush())
                .onFailure().transform(Constraints.translate(Map.of(
                        "grid_member_one_leader", leaderExists(gridCode),
                        "grid_member_once", duplicate(gridCode))))
                .invoke(m -> Log.infof("Grid %s: %s added as %s (phone %s)", gridCode, Masking.openid(m.openid), m.role,
                        Masking.phone(m.phone)))
                .map(m -> MemberView.of(m, caller));
    }

    @WithSession
    public Uni<Page<MemberView>> list(String gridCode, MemberRole role, int page, int size, Caller caller) {
        caller.requireStaffOf(gridCode);
        PanacheQuery<GridMember> query = role == null
                ? GridMember.find("gridCode", Sort.by("role").and("openid"), gridCode)
                : GridMember.find("gridCode = ?1 and role = ?2", Sort.by("openid"), gridCode, role);
        return requireGrid(gridCode).chain(() -> CityService.page(query, page, size))
                .map(p -> p.map(m -> MemberView.of(m, caller)));
    }

    @WithTransaction
    public Uni<Void> remove(String gridCode, String openid, Caller caller) {
        caller.requireStaffOf(gridCode);
        return GridMember.<GridMember>find("gridCode = ?1 and openid = ?2", gridCode, openid).firstResult()
                .onItem().ifNull().failWith(() -> DomainException.notFound("unknown-member",
                        "Grid " + gridCode + " has no member with this openid"))
                .invoke(m -> requireMayAppoint(m.role, caller))
                .chain(GridMember::delete)
                .invoke(() -> Log.infof("Grid %s: %s removed", gridCode, Masking.openid(openid)));
    }

    private static GridMember member(String gridCode, NewMember request) {
        GridMember member = new GridMember();
        member.gridCode = gridCode;
        member.openid = request.openid().strip();
        member.name = request.name().strip();
        member.phone = Phones.normalize(request.phone()).orElseThrow(() -> DomainException.badRequest("invalid-phone",
                "phone is not a Chinese mobile or landline number: " + Masking.phone(request.phone())));
        member.role = request.role();
        return member;
    }

    private static void requireMayAppoint(MemberRole role, Caller caller) {
        if (role == MemberRole.LEADER && !caller.isAdmin()) {
            throw new DomainException(403, "admin-only",
                    "Grid leaders are appointed and removed by street staff (ADMIN)");
        }
    }

    private static Uni<Void> requireGrid(String gridCode) {
        return Grid.findById(gridCode).onItem().ifNull().failWith(() -> GridService.notFound(gridCode))
                .replaceWithVoid();
    }

    private static Uni<Void> requireNoLeader(String gridCode) {
        return GridMember.count("gridCode = ?1 and role = ?2", gridCode, MemberRole.LEADER).invoke(n -> {
            if (n > 0) {
                throw leaderExists(gridCode);
            }
        }).replaceWithVoid();
    }

    private static DomainException leaderExists(String gridCode) {
        return DomainException.badRequest("leader-exists",
                "Grid " + gridCode + " has a LEADER already; remove them first (one leader per grid)");
    }

    private static DomainException duplicate(String gridCode) {
        return DomainException.badRequest("duplicate-member", "This openid is a member of grid " + gridCode
                + " already");
    }
}
