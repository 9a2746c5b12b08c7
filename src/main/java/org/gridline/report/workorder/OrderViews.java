package org.gridline.report.workorder;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.text.Masking;
import org.gridline.report.ReportQueries;
import org.gridline.report.ReportViews.ReportDetail;

import java.util.Optional;

/**
 * A work order as the grid's people see it in the chat (查询 R… or its last 4 digits): everything the resident said,
 * where, their phone, the photos and the timeline. Only for the order's assignee and the workers and leader of its
 * grid; the phone is whole for the assignee and the grid's leader, masked for the other workers. Anyone else finds
 * nothing.
 */
@ApplicationScoped
public class OrderViews {
    private final ReportQueries reports;
    private final People people;

    OrderViews(ReportQueries reports, People people) {
        this.reports = reports;
        this.people = people;
    }

    /** The order as shown; {@code phone} already masked where it must be. */
    public record OrderView(ReportDetail report, String place, String phone, String assigneeName) {
    }

    /**
     * @param staff whether the person works in a grid (so a miss is "none of your orders", not "none of your reports")
     * @param view  the order, when the reference names one they may see
     */
    public record Lookup(boolean staff, Optional<OrderView> view) {
    }

    /** The newest order the person may see whose number is {@code reference} or ends in its 4 digits. */
    @WithTransaction
    public Uni<Lookup> lookup(String openid, String reference) {
        String pattern = reference.length() == 4 ? "%" + reference : reference.toUpperCase(java.util.Locale.ROOT);
        return people.strings("""
                SELECT grid_code FROM grid_member WHERE openid = ?1 AND role IN ('WORKER', 'LEADER')
                UNION SELECT grid_code FROM report WHERE assignee = ?1 AND grid_code IS NOT NULL""", openid)
                .chain(grids -> grids.isEmpty() ? Uni.createFrom().item(new Lookup(false, Optional.empty()))
                        : visible(openid, pattern).chain(number -> number.isEmpty()
                                ? Uni.createFrom().item(new Lookup(true, Optional.empty()))
                                : view(openid, number.get()).map(v -> new Lookup(true, v))));
    }

    private Uni<Optional<String>> visible(String openid, String pattern) {
        return people.strings("""
                SELECT r.number FROM report r WHERE r.number LIKE ?2 AND (r.assignee = ?1 OR r.grid_code IN
                    (SELECT m.grid_code FROM grid_member m WHERE m.openid = ?1 AND m.role IN ('WORKER', 'LEADER')))
                ORDER BY r.created_at DESC, r.id DESC LIMIT 1""", openid, pattern).map(l -> l.stream().findFirst());
    }

    /** The assignee and the grid's leader see the phone whole. */
    private Uni<Boolean> wholePhone(String openid, ReportDetail r) {
        if (openid.equals(r.assignee())) {
            return Uni.createFrom().item(true);
        }
        return r.grid() == null ? Uni.createFrom().item(false)
                : people.roleIn(openid, r.grid()).map(role -> role.filter("LEADER"::equals).isPresent());
    }

    private Uni<Optional<OrderView>> view(String openid, String number) {
        return reports.byNumber(number).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(Optional.<OrderView>empty());
            }
            ReportDetail r = found.get();
            String place = WorkOrderNotices.place(r.address(), r.building(), r.latitude(), r.longitude());
            return wholePhone(openid, r).chain(whole -> people.nameOf(r.assignee()).map(name -> Optional.of(
                    new OrderView(r, place, whole ? r.contactPhone() : Masking.phone(r.contactPhone()), name))));
        });
    }
}
