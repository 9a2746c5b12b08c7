package org.gridline.volunteer;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.auth.Caller;
import org.gridline.platform.Page;
import org.gridline.platform.error.DomainException;
import org.gridline.volunteer.RecruitmentViews.RecruitmentView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads recruitments for staff: an ADMIN every grid's, a LEADER their own grid's. */
@ApplicationScoped
public class RecruitmentQueries {
    private static final Sort LATEST_FIRST = Sort.by("startsAt", Sort.Direction.Descending)
            .and("id", Sort.Direction.Descending);

    /**
     * Recruitments, the latest start first, of one grid and/or one status (null or blank: any). A LEADER sees their
     * own grid's only (403 for another grid's); an unknown status is 400 with the allowed values.
     */
    @WithSession
    public Uni<Page<RecruitmentView>> list(String grid, String status, int page, int size, Caller caller) {
        Map<String, Object> params = new LinkedHashMap<>();
        boolean asked = grid != null && !grid.isBlank();
        if (asked) {
            caller.requireStaffOf(grid);
        }
        if (asked || !caller.isAdmin()) {
            params.put("gridCode", asked ? grid : caller.gridCode());
        }
        if (status != null && !status.isBlank()) {
            params.put("status", status(status));
        }
        List<String> terms = new ArrayList<>();
        params.keySet().forEach(name -> terms.add(name + " = :" + name));
        var query = terms.isEmpty() ? Recruitment.<Recruitment>findAll(LATEST_FIRST)
                : Recruitment.<Recruitment>find(String.join(" and ", terms), LATEST_FIRST, params);
        return query.page(page, size).list().chain(items -> query.count().map(total ->
                new Page<>(items.stream().map(RecruitmentView::of).toList(), page, size, total)));
    }

    private static RecruitmentStatus status(String value) {
        try {
            return RecruitmentStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("invalid-status",
                    "status is one of " + Arrays.toString(RecruitmentStatus.values()));
        }
    }
}
