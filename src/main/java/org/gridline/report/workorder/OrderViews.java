package org.gridline.report.workorder;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.grid.MemberRole;
import org.gridline.platform.text.Masking;
import org.gridline.report.OrderLookup;
import org.gridline.report.PlaceText;
import org.gridline.report.Report;
import org.gridline.report.ReportQueries;
import org.gridline.report.ReportViews.ReportDetail;

import java.util.List;
import java.util.Optional;

/**
 * {@link OrderLookup}: a work order as the grid's people see it in the chat (查询 R… or its last 4 digits):
 * everything the resident said, where, their phone, the photos and the timeline. Only for the order's assignee and the
 * workers and leader of its
 * grid; the phone is whole for the assignee and the grid's leader, masked for the other workers. Anyone else finds
 * nothing.
 */
@ApplicationScoped
class OrderViews implements OrderLookup {
    private final ReportQueries reports;
    private final People people;

    OrderViews(ReportQueries reports, People people) {
        this.reports = reports;
        this.people = people;
    }

    /** The newest order the person may see whose number is {@code reference} or ends in its 4 digits. */
    @Override
    @WithTransaction
    public Uni<Lookup> lookup(String openid, String reference) {
        String pattern = reference.length() == 4 ? "%" + reference : reference.toUpperCase(java.util.Locale.ROOT);
        return people.staffGrids(openid).chain(grids -> Report.count("assignee = ?1 and gridCode is not null", openid)
                .chain(assigned -> grids.isEmpty() && assigned == 0
                        ? Uni.createFrom().item(new Lookup(false, Optional.empty()))
                        : visible(openid, pattern, grids).chain(number -> number.isEmpty()
                                ? Uni.createFrom().item(new Lookup(true, Optional.empty()))
                                : view(openid, number.get()).map(v -> new Lookup(true, v)))));
    }

    /** The newest report matching that the person has, or that is of a grid they work in or lead. */
    private Uni<Optional<String>> visible(String openid, String pattern, List<String> grids) {
        String order = " order by createdAt desc, id desc";
        Uni<Report> found = grids.isEmpty()
                ? Report.<Report>find("number like ?1 and assignee = ?2" + order, pattern, openid).firstResult()
                : Report.<Report>find("number like ?1 and (assignee = ?2 or gridCode in ?3)" + order, pattern, openid,
                        grids).firstResult();
        return found.map(r -> Optional.ofNullable(r).map(x -> x.number));
    }

    /** The assignee and the grid's leader see the phone whole. */
    private Uni<Boolean> wholePhone(String openid, ReportDetail r) {
        if (openid.equals(r.assignee())) {
            return Uni.createFrom().item(true);
        }
        return r.grid() == null ? Uni.createFrom().item(false)
                : people.roleIn(openid, r.grid()).map(role -> role.filter(MemberRole.LEADER::equals).isPresent());
    }

    private Uni<Optional<OrderView>> view(String openid, String number) {
        return reports.byNumber(number).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(Optional.<OrderView>empty());
            }
            ReportDetail r = found.get();
            String place = PlaceText.of(r.address(), r.building(), r.latitude(), r.longitude());
            return wholePhone(openid, r).chain(whole -> people.nameOf(r.assignee()).map(name -> Optional.of(
                    new OrderView(r, place, whole ? r.contactPhone() : Masking.phone(r.contactPhone()), name))));
        });
    }
}
