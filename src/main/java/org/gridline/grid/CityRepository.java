package org.gridline.grid;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.db.Sql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The city model's custom queries, beyond the entities' one-line finders: over the array columns of streets and
 * departments ({@link Sql}) and a projection of the grids. On the caller's reactive session.
 */
@ApplicationScoped
class CityRepository {
    private static final String STREET_DUTY = """
            SELECT DISTINCT unnest(s.duty_openids) FROM grid g JOIN community c ON c.code = g.community_code
            JOIN street s ON s.code = c.street_code WHERE g.code = ?1""";
    private static final String DEPARTMENTS_OF =
            "SELECT code FROM department WHERE ?1 = ANY (contact_openids) ORDER BY code";
    private static final String GRID_NAMES = "select g.code, g.name from Grid g";
    private static final String GRID_PLACES = "select g.code, g.name, c.name, st.name from Grid g, Community c,"
            + " Street st where c.code = g.communityCode and st.code = c.streetCode";

    private final Sql sql;

    CityRepository(Sql sql) {
        this.sql = sql;
    }

    /** The duty contacts of the street the grid lies in. */
    Uni<List<String>> streetDutyOf(String gridCode) {
        return sql.rows(STREET_DUTY, gridCode).map(CityRepository::firstColumn);
    }

    /** The codes of the departments the person is a contact of, in code order. */
    Uni<List<String>> departmentsOf(String openid) {
        return sql.rows(DEPARTMENTS_OF, openid).map(CityRepository::firstColumn);
    }

    /** Every grid's name by its code, in code order. */
    Uni<SortedMap<String, String>> gridNames() {
        return Panache.getSession().chain(s -> s.createSelectionQuery(GRID_NAMES, Object[].class).getResultList())
                .map(rows -> {
                    SortedMap<String, String> names = new TreeMap<>();
                    rows.forEach(r -> names.put((String) r[0], (String) r[1]));
                    return names;
                });
    }

    /** Every grid with its community's and street's names, by grid code. */
    Uni<Map<String, GridPlace>> gridPlaces() {
        return Panache.getSession().chain(s -> s.createSelectionQuery(GRID_PLACES, Object[].class).getResultList())
                .map(rows -> {
                    Map<String, GridPlace> places = new HashMap<>();
                    rows.forEach(r -> places.put((String) r[0], new GridPlace((String) r[0],
                            (String) r[1], (String) r[2], (String) r[3])));
                    return places;
                });
    }

    private static List<String> firstColumn(List<Object[]> rows) {
        return rows.stream().map(row -> (String) row[0]).toList();
    }
}
