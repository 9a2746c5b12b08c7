package org.gridline.report.workorder;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * Who is who for a work order: the grid's workers and leader, the street's duty contacts, a department's contacts, a
 * person's name. Plain lookups in the caller's session (so inside the transaction that changes the order).
 */
@ApplicationScoped
class People {
    /** A worker and how busy they are; the dispatch rule orders by these. */
    record Candidate(String openid, String name) {
    }

    /**
     * The worker of the grid with the fewest open orders; ties go to whoever got an order least recently, then to the
     * longest-standing member. {@code role} is WORKER, or LEADER when a grid has no workers. {@code except} (may be
     * null) is left out: the worker who just returned or handed back the order.
     */
    Uni<Optional<Candidate>> leastBusy(String gridCode, String role, String except) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        SELECT m.openid, m.name FROM grid_member m
                        WHERE m.grid_code = ?1 AND m.role = ?2 AND m.openid <> ?3
                        ORDER BY (SELECT count(*) FROM report r WHERE r.assignee = m.openid
                                    AND r.status IN ('DISPATCHED', 'ACCEPTED', 'SUSPENDED')),
                                 m.last_dispatched_at NULLS FIRST, m.id
                        LIMIT 1""", Object[].class)
                .setParameter(1, gridCode).setParameter(2, role).setParameter(3, except == null ? "" : except)
                .getResultList())
                .map(rows -> rows.stream().findFirst().map(r -> new Candidate((String) r[0], (String) r[1])));
    }

    /** Remembers that the member got an order now (their turn is over until the others have had theirs). */
    Uni<Void> dispatchedTo(String openid, String gridCode, java.time.OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "UPDATE grid_member SET last_dispatched_at = ?3 WHERE openid = ?1 AND grid_code = ?2")
                .setParameter(1, openid).setParameter(2, gridCode).setParameter(3, at).executeUpdate()).replaceWithVoid();
    }

    /** Serialises dispatches into one grid until the transaction ends, so two filings cannot both pick one worker. */
    Uni<Void> lockGridDispatch(String gridCode) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) AS locked")
                .setParameter(1, "dispatch:" + gridCode).getSingleResult()).replaceWithVoid();
    }

    Uni<Boolean> gridExists(String gridCode) {
        return strings("SELECT code FROM grid WHERE code = ?1", gridCode).map(l -> !l.isEmpty());
    }

    /** The person's role in the grid (LEADER, WORKER, VOLUNTEER), if any. */
    Uni<Optional<String>> roleIn(String openid, String gridCode) {
        return strings("SELECT role FROM grid_member WHERE openid = ?1 AND grid_code = ?2", openid, gridCode)
                .map(roles -> roles.stream().findFirst());
    }

    Uni<Optional<String>> leaderOf(String gridCode) {
        return strings("SELECT openid FROM grid_member WHERE grid_code = ?1 AND role = 'LEADER'", gridCode)
                .map(l -> l.stream().findFirst());
    }

    Uni<String> gridName(String gridCode) {
        return gridCode == null ? Uni.createFrom().item((String) null)
                : strings("SELECT name FROM grid WHERE code = ?1", gridCode).map(l -> l.isEmpty() ? gridCode : l.get(0));
    }

    /** A member's name as the grid knows it; the openid when they are nobody's member. */
    Uni<String> nameOf(String openid) {
        return openid == null ? Uni.createFrom().item((String) null)
                : strings("SELECT name FROM grid_member WHERE openid = ?1 ORDER BY id LIMIT 1", openid)
                .map(l -> l.isEmpty() ? openid : l.get(0));
    }

    /** The duty contacts of the street the grid lies in. */
    Uni<List<String>> streetDutyOf(String gridCode) {
        return gridCode == null ? Uni.createFrom().item(List.of()) : strings("""
                SELECT DISTINCT unnest(s.duty_openids) FROM grid g JOIN community c ON c.code = g.community_code
                JOIN street s ON s.code = c.street_code WHERE g.code = ?1""", gridCode);
    }

    Uni<List<String>> departmentContacts(String departmentCode) {
        return departmentCode == null ? Uni.createFrom().item(List.of())
                : strings("SELECT DISTINCT unnest(contact_openids) FROM department WHERE code = ?1", departmentCode);
    }

    Uni<Optional<String>> departmentName(String departmentCode) {
        return strings("SELECT name FROM department WHERE code = ?1", departmentCode).map(l -> l.stream().findFirst());
    }

    /** Numbers (LIKE {@code pattern}) of reports with an order waiting for a department the person is a contact of. */
    Uni<List<String>> waitingOrders(String contact, String pattern) {
        return strings("""
                SELECT DISTINCT r.number FROM department_order o JOIN report r ON r.id = o.report_id
                JOIN department d ON d.code = o.department_code
                WHERE o.acknowledged_at IS NULL AND ?1 = ANY (d.contact_openids) AND r.number LIKE ?2
                ORDER BY r.number LIMIT 20""", contact, pattern);
    }

    /** The departments the person is a contact of. */
    Uni<List<String>> departmentsOf(String openid) {
        return strings("SELECT code FROM department WHERE ?1 = ANY (contact_openids) ORDER BY code", openid);
    }

    Uni<List<String>> strings(String sql, Object... params) {
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql, String.class);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.getResultList();
        });
    }
}
