package org.gridline.volunteer;

import org.gridline.platform.time.ClockProducer;
import org.gridline.platform.time.ShortTime;
import org.gridline.points.RewardRequests.RewardView;
import org.gridline.points.StatementEntry;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The lines of the volunteer chat replies: numbers, titles and times as people read them (Beijing time). */
public final class ChatViews {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ChatViews() {
    }

    static String time(OffsetDateTime at) {
        return ShortTime.of(at);
    }

    static String window(Recruitment r) {
        return time(r.startsAt) + "–" + TIME.format(r.endsAt.atZoneSameInstant(ClockProducer.ZONE));
    }

    static List<RecruitmentLine> lines(List<Recruitment> recruitments) {
        return recruitments.stream().map(RecruitmentLine::of).toList();
    }

    public record RecruitmentLine(long number, String title, String when, String place, int free, int points) {
        static RecruitmentLine of(Recruitment r) {
            return new RecruitmentLine(r.id, r.title, window(r), r.place, r.capacity - r.signedUp, r.points);
        }
    }

    public record MineLine(long number, String title, String when, String status, boolean checkedIn,
                           boolean checkedOut) {
        static MineLine of(SignUpService.Mine m) {
            return new MineLine(m.recruitment().id, m.recruitment().title, window(m.recruitment()),
                    m.signUp().status.name(), m.signUp().checkedInAt != null, m.signUp().checkedOutAt != null);
        }
    }

    public record EntryLine(String kind, long amount, long balanceAfter, String at) {
        static EntryLine of(StatementEntry e) {
            return new EntryLine(e.kind().name(), e.amount(), e.balanceAfter(),
                    ShortTime.of(e.at()));
        }
    }

    public record RewardLine(long number, String name, long price, int stock) {
        static RewardLine of(RewardView r) {
            return new RewardLine(r.id(), r.name(), r.price(), r.stock());
        }
    }
}
