package org.gridline.volunteer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** What the recruitment API answers. */
public final class RecruitmentViews {
    private RecruitmentViews() {
    }

    public record RecruitmentView(long id, String title, String grid, String place, OffsetDateTime startsAt,
                                  OffsetDateTime endsAt, int capacity, int points, OffsetDateTime signUpDeadline,
                                  boolean anyGrid, RecruitmentStatus status, int signedUp,
                                  @Schema(description = "made by the demo city loader") boolean demo) {
        static RecruitmentView of(Recruitment r) {
            return new RecruitmentView(r.id, r.title, r.gridCode, r.place, r.startsAt, r.endsAt, r.capacity, r.points,
                    r.signUpDeadline, r.anyGrid, r.status, r.signedUp, r.demoKey != null);
        }
    }

    public record SignUpView(long id, String openid, SignUpStatus status, OffsetDateTime createdAt,
                             OffsetDateTime checkedInAt, OffsetDateTime checkedOutAt, Integer serviceMinutes,
                             Long pointsAwarded) {
        static SignUpView of(SignUp s) {
            return new SignUpView(s.id, s.openid, s.status, s.createdAt, s.checkedInAt, s.checkedOutAt,
                    s.serviceMinutes, s.pointsAwarded);
        }
    }

    /** A recruitment with its sign-ups (places taken, in order) and its waitlist (in promotion order). */
    public record RecruitmentDetail(RecruitmentView recruitment, List<SignUpView> signUps, List<SignUpView> waitlist) {
    }
}
