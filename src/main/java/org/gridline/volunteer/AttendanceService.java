package org.gridline.volunteer;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.auth.Caller;
import org.gridline.grid.GridDirectory;
import org.gridline.grid.MemberRole;
import org.gridline.platform.ShortCodes;
import org.gridline.platform.error.DomainException;
import org.gridline.points.LedgerService;
import org.gridline.volunteer.RecruitmentRequests.AttendanceFix;
import org.gridline.volunteer.RecruitmentViews.SignUpView;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Check-in and check-out: the organising worker or leader gets a 6-digit code valid for
 * {@code gridline.volunteer.code-validity}; volunteers with a place send it back. Check-out computes the service
 * minutes and applies the {@link AwardRule}; points are awarded once per sign-up ({@code award:{signUpId}}) in the
 * same transaction. Staff corrections need a reason, lie inside the activity's window and not in the future, and are
 * recorded with the points before and after; a LEADER corrects (and so awards) only volunteers of the recruitment's
 * grid, an ADMIN anyone's.
 */
@ApplicationScoped
public class AttendanceService {
    static final int CODE_DIGITS = 6;

    private final GridDirectory grids;
    private final LedgerService ledger;
    private final VolunteerConfig config;
    private final AwardRule rule;
    private final Clock clock;

    public AttendanceService(GridDirectory grids, LedgerService ledger, VolunteerConfig config, Clock clock) {
        this.grids = grids;
        this.ledger = ledger;
        this.config = config;
        this.rule = new AwardRule(config.awardMinPresence());
        this.clock = clock;
    }

    /** A new code for the recruitment, issued to a worker or leader of its grid. */
    @WithTransaction
    public Uni<IssuedCode> issue(String openid, long recruitmentId, AttendancePurpose purpose) {
        return Recruitment.<Recruitment>findById(recruitmentId).call(r -> {
            if (r == null || r.status != RecruitmentStatus.PUBLISHED) {
                throw DomainException.notFound("unknown-recruitment", "No published recruitment " + recruitmentId);
            }
            return grids.rolesOf(openid).invoke(roles -> {
                if (roles.stream()
                        .noneMatch(g -> g.gridCode().equals(r.gridCode) && g.role() != MemberRole.VOLUNTEER)) {
                    throw new Refusal(403, "not-organiser", "Only the grid's workers and leader issue codes", r.title);
                }
            });
        }).chain(r -> {
            String code = ShortCodes.random(CODE_DIGITS);
            AttendanceCode row = new AttendanceCode();
            row.recruitmentId = r.id;
            row.purpose = purpose;
            row.codeHash = ShortCodes.hash(purpose.name(), code);
            row.issuedBy = openid;
            row.issuedAt = OffsetDateTime.now(clock);
            row.expiresAt = row.issuedAt.plus(config.codeValidity());
            return row.persist().replaceWith(new IssuedCode(r, purpose, code, row.expiresAt));
        });
    }

    @WithTransaction
    public Uni<Attended> checkIn(String openid, String code) {
        return signUpFor(openid, code, AttendancePurpose.CHECK_IN).map(a -> {
            if (a.signUp().checkedInAt == null) {
                a.signUp().checkedInAt = OffsetDateTime.now(clock);
                return a;
            }
            return new Attended(a.recruitment(), a.signUp(), true);
        });
    }

    @WithTransaction
    public Uni<Attended> checkOut(String openid, String code) {
        return signUpFor(openid, code, AttendancePurpose.CHECK_OUT).chain(a -> {
            SignUp s = a.signUp();
            if (s.checkedInAt == null) {
                throw Refusal.conflict("not-checked-in", "Check in first", a.recruitment().title);
            }
            if (s.checkedOutAt != null) {
                return Uni.createFrom().item(new Attended(a.recruitment(), s, true));
            }
            s.checkedOutAt = OffsetDateTime.now(clock);
            return settle(a.recruitment(), s, null).replaceWith(a);
        });
    }

    /** A staff correction of the times; the award follows the rule on the corrected times (awarded or reversed). */
    @WithTransaction
    public Uni<SignUpView> correct(long recruitmentId, long signUpId, AttendanceFix fix, Caller caller) {
        if (!fix.checkedOutAt().isAfter(fix.checkedInAt())) {
            throw DomainException.badRequest("invalid-times", "checkedOutAt must be after checkedInAt");
        }
        if (fix.checkedOutAt().toInstant().isAfter(clock.instant())) {
            throw DomainException.badRequest("in-the-future",
                    "A correction records what happened: checkedOutAt is in the future");
        }
        return RecruitmentService.owned(recruitmentId, caller).invoke(r -> requireInside(r, fix))
                .chain(r -> SignUp.<SignUp>findById(signUpId).call(s -> {
                    if (s == null || !s.recruitmentId.equals(r.id) || s.status != SignUpStatus.SIGNED_UP) {
                        throw DomainException.notFound("unknown-sign-up", "No place " + signUpId
                                + " in this recruitment");
                    }
                    return requireMayAward(r, s, caller);
                }).chain(s -> {
                    long before = s.pointsAwarded == null ? 0 : s.pointsAwarded;
                    s.checkedInAt = fix.checkedInAt();
                    s.checkedOutAt = fix.checkedOutAt();
                    return settle(r, s, fix.reason()).chain(() -> record(s, fix, caller, before)).replaceWith(s);
                })).map(SignUpView::of);
    }

    /** Minutes and points of a checked-out sign-up: award when the rule now says so, reverse when it no longer does. */
    private Uni<Void> settle(Recruitment r, SignUp s, String correctionReason) {
        s.serviceMinutes = AwardRule.serviceMinutes(r, s.checkedInAt, s.checkedOutAt);
        long earned = rule.points(r, s.checkedInAt, s.checkedOutAt);
        long held = s.pointsAwarded == null ? 0 : s.pointsAwarded;
        if (earned > 0 && held == 0 && s.awardTransfer == null) {
            return ledger.award(s.id.toString(), s.openid, r.gridCode, earned).invoke(t -> {
                s.pointsAwarded = t.amount();
                s.awardTransfer = t.id();
            }).replaceWithVoid();
        }
        if (earned == 0 && held > 0 && correctionReason != null) {
            return ledger.reverse(s.awardTransfer, correctionReason).invoke(t -> s.pointsAwarded = 0L)
                    .replaceWithVoid();
        }
        s.pointsAwarded = held;
        return Uni.createFrom().voidItem();
    }

    private static void requireInside(Recruitment r, AttendanceFix fix) {
        if (fix.checkedInAt().isBefore(r.startsAt) || fix.checkedOutAt().isAfter(r.endsAt)) {
            throw DomainException.badRequest("outside-window", "A correction lies inside the activity's time, "
                    + r.startsAt + " to " + r.endsAt);
        }
    }

    /** Only an ADMIN awards across grids: a leader's correction is for volunteers of the recruitment's own grid. */
    private Uni<Void> requireMayAward(Recruitment r, SignUp s, Caller caller) {
        if (caller.isAdmin()) {
            return Uni.createFrom().voidItem();
        }
        return grids.rolesOf(s.openid).invoke(roles -> {
            if (roles.stream().noneMatch(g -> g.gridCode().equals(r.gridCode))) {
                throw new DomainException(403, "other-grid-volunteer",
                        "A grid leader corrects the attendance of their own grid's volunteers only");
            }
        }).replaceWithVoid();
    }

    private Uni<Void> record(SignUp s, AttendanceFix fix, Caller caller, long before) {
        AttendanceCorrection c = new AttendanceCorrection();
        c.signUpId = s.id;
        c.staff = caller.username();
        c.reason = fix.reason().strip();
        c.checkedInAt = fix.checkedInAt();
        c.checkedOutAt = fix.checkedOutAt();
        c.pointsBefore = before;
        c.pointsAfter = s.pointsAwarded == null ? 0 : s.pointsAwarded;
        c.createdAt = OffsetDateTime.now(clock);
        Log.infof("Sign-up %d corrected by %s: points %d → %d", s.id, c.staff, before, c.pointsAfter);
        return c.persist().replaceWithVoid();
    }

    /** The volunteer's place in the recruitment whose valid code this is; one refusal for every wrong case. */
    private Uni<Attended> signUpFor(String openid, String code, AttendancePurpose purpose) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return AttendanceCode.<AttendanceCode>list("codeHash = ?1 and purpose = ?2 and expiresAt > ?3",
                ShortCodes.hash(purpose.name(), code), purpose, now).chain(codes -> {
            List<Long> ids = codes.stream().map(c -> c.recruitmentId).distinct().toList();
            return SignUp.<SignUp>find("openid = ?1 and status = ?2 and recruitmentId in ?3", openid,
                    SignUpStatus.SIGNED_UP, ids.isEmpty() ? List.of(-1L) : ids).<SignUp>firstResult();
        }).chain((SignUp s) -> {
            if (s == null) {
                throw new Refusal(400, "invalid-code",
                        "The code is wrong, expired, or not for an activity you have a place in", code);
            }
            return Recruitment.<Recruitment>findById(s.recruitmentId).map(r -> new Attended(r, s, false));
        });
    }

    public record IssuedCode(Recruitment recruitment, AttendancePurpose purpose, String code,
            OffsetDateTime expiresAt) {
    }

    /** A check-in or check-out done now, or ({@code already}) done before. */
    public record Attended(Recruitment recruitment, SignUp signUp, boolean already) {
    }
}
