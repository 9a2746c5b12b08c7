package org.gridline.volunteer;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The sign-ups' custom queries beyond the entities' one-line finders, on the caller's reactive session. */
@ApplicationScoped
class SignUpRepository {
    /** Another recruitment, not cancelled, that the volunteer holds a sign-up for, overlapping the given time. */
    private static final String OVERLAPPING = """
            SELECT r FROM Recruitment r, SignUp s WHERE s.recruitmentId = r.id AND s.openid = ?1 AND s.status <> ?2
            AND r.status <> ?3 AND r.id <> ?4 AND r.startsAt < ?5 AND ?6 < r.endsAt ORDER BY r.startsAt""";

    /** The soonest other live recruitment the volunteer is signed up for that overlaps {@code r}; null when none. */
    Uni<Recruitment> overlapping(String openid, Recruitment r) {
        return Recruitment.<Recruitment>find(OVERLAPPING, openid, SignUpStatus.CANCELLED, RecruitmentStatus.CANCELLED,
                r.id, r.endsAt, r.startsAt).firstResult();
    }
}
