package org.gridline.registration;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.auth.Caller;
import org.gridline.platform.Page;
import org.gridline.registration.RegistrationViews.DailyCount;
import org.gridline.registration.RegistrationViews.RegistrationItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads registrations for staff; a LEADER sees their own grid only. */
@ApplicationScoped
public class RegistrationQueries {
    private static final Sort NEWEST_FIRST = Sort.by("createdAt", Sort.Direction.Descending)
            .and("id", Sort.Direction.Descending);

    @WithSession
    public Uni<Page<RegistrationItem>> list(String openid, String grid, LocalDate date, int page, int size,
                                            Caller caller) {
        String scoped = scope(grid, caller);
        List<String> terms = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        term(terms, params, "openid", openid);
        term(terms, params, "gridCode", scoped);
        term(terms, params, "registeredOn", date);
        var query = terms.isEmpty() ? Registration.<Registration>findAll(NEWEST_FIRST)
                : Registration.<Registration>find(String.join(" and ", terms), NEWEST_FIRST, params);
        return query.page(page, size).list().chain(items -> query.count().map(total ->
                new Page<>(items.stream().map(RegistrationItem::of).toList(), page, size, total)));
    }

    /** Counts per day and grid between {@code from} and {@code to} (inclusive), by day then grid. */
    @WithSession
    public Uni<List<DailyCount>> daily(String grid, LocalDate from, LocalDate to, Caller caller) {
        String scoped = scope(grid, caller);
        String where = scoped == null ? "" : " and r.gridCode = :grid";
        return Panache.getSession().chain(s -> {
            var query = s.createSelectionQuery("select r.registeredOn, r.gridCode, count(r),"
                            + " sum(case when r.highRisk then 1 else 0 end) from Registration r"
                            + " where r.registeredOn between :from and :to" + where
                            + " group by r.registeredOn, r.gridCode order by r.registeredOn, r.gridCode",
                    Object[].class).setParameter("from", from).setParameter("to", to);
            if (scoped != null) {
                query.setParameter("grid", scoped);
            }
            return query.getResultList();
        }).map(rows -> rows.stream().map(r -> new DailyCount((LocalDate) r[0], (String) r[1],
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList());
    }

    private static String scope(String grid, Caller caller) {
        if (caller.isAdmin()) {
            return grid == null || grid.isBlank() ? null : grid;
        }
        if (grid != null && !grid.isBlank()) {
            caller.requireStaffOf(grid);
        }
        return caller.gridCode();
    }

    private static void term(List<String> terms, Map<String, Object> params, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            terms.add(name + " = :" + name);
            params.put(name, value);
        }
    }
}
