package org.gridline.volunteer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The default award rule: the recruitment's points when present for at least half of the scheduled time; service
 * minutes from max(check-in, start) to min(check-out, end).
 */
class AwardRuleTest {
    static final OffsetDateTime START = OffsetDateTime.parse("2026-12-05T09:00:00+08:00");

    @ParameterizedTest(name = "in {0} min, out {1} min → {2} points, {3} service minutes")
    @CsvSource({
            "0, 120, 30, 120",
            "0, 60, 30, 60",        // exactly half
            "0, 59, 0, 59",
            "-30, 45, 0, 45",       // early arrival counts for neither: service starts at the start
            "-30, 150, 30, 120",    // early and late: the scheduled two hours, no more
            "-90, -10, 0, 0",       // all of it before the start
            "60, 180, 30, 60",      // staying late adds nothing, but 60 min inside is half
            "61, 180, 0, 59",
            "130, 200, 0, 0",       // after the end
    })
    void pointsFollowThePresenceInsideTheSchedule(int in, int out, long points, int minutes) {
        Recruitment r = new Recruitment();
        r.startsAt = START;
        r.endsAt = START.plusMinutes(120);
        r.points = 30;
        AwardRule rule = new AwardRule(0.5);
        assertEquals(points, rule.points(r, START.plusMinutes(in), START.plusMinutes(out)));
        assertEquals(minutes, AwardRule.serviceMinutes(r, START.plusMinutes(in), START.plusMinutes(out)));
    }
}
