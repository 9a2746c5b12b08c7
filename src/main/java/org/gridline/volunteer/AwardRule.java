package org.gridline.volunteer;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Who earns a recruitment's points: a volunteer present for at least {@code minPresence} of the scheduled time
 * (presence counted inside the schedule: arriving early or staying late adds nothing) earns all of them, anyone else
 * none. Service minutes are the same presence: from max(check-in, start) to min(check-out, end), so time before the
 * start or after the end is not service.
 */
public record AwardRule(double minPresence) {

    public AwardRule {
        if (minPresence < 0 || minPresence > 1) {
            throw new IllegalArgumentException("gridline.volunteer.award-min-presence is a share from 0 to 1");
        }
    }

    public long points(Recruitment recruitment, OffsetDateTime checkedIn, OffsetDateTime checkedOut) {
        Duration present = presence(recruitment.startsAt, recruitment.endsAt, checkedIn, checkedOut);
        return present.toSeconds() >= minPresence * recruitment.scheduled().toSeconds() ? recruitment.points : 0;
    }

    public static int serviceMinutes(Recruitment recruitment, OffsetDateTime checkedIn, OffsetDateTime checkedOut) {
        return (int) presence(recruitment.startsAt, recruitment.endsAt, checkedIn, checkedOut).toMinutes();
    }

    static Duration presence(OffsetDateTime start, OffsetDateTime end, OffsetDateTime in, OffsetDateTime out) {
        OffsetDateTime from = in.isAfter(start) ? in : start;
        OffsetDateTime to = out.isBefore(end) ? out : end;
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }
}
