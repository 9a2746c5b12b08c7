package org.gridline.volunteer;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.gridline.grid.GridDirectory;
import org.gridline.grid.GridRole;
import org.gridline.grid.MemberRole;
import org.gridline.notify.Outbox;
import org.gridline.platform.error.DomainException;
import org.gridline.platform.text.Masking;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Volunteers taking and giving up places. Places are counted on the recruitment row and changed only under its row
 * lock ({@code SELECT … FOR UPDATE}), so concurrent sign-ups of one recruitment take turns: never more sign-ups than
 * places (the CHECK {@code recruitment_places} is the second lock on the door), and the waitlist is in the order the
 * turns were taken (sign-up ids are drawn under the lock). A cancelled place goes to the first on the waitlist, who
 * is notified.
 */
@ApplicationScoped
public class SignUpService {
    private final GridDirectory grids;
    private final Outbox outbox;
    private final VolunteerConfig config;
    private final Clock clock;
    private final SignUpRepository signUps;

    public SignUpService(GridDirectory grids, Outbox outbox, VolunteerConfig config, Clock clock,
                         SignUpRepository signUps) {
        this.signUps = signUps;
        this.grids = grids;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** Published recruitments still open for sign-up that this volunteer may join, soonest first. */
    @WithSession
    public Uni<List<Recruitment>> open(String openid) {
        return volunteerGrids(openid).chain(gridCodes -> Recruitment.<Recruitment>find(
                        "status = ?1 and signUpDeadline > ?2 and (anyGrid = true or gridCode in ?3) order by startsAt, "
                                + "id",
                        RecruitmentStatus.PUBLISHED, OffsetDateTime.now(clock), gridCodes.isEmpty() ? List.of("")
                                : gridCodes)
                .page(0, config.listSize()).list());
    }

    @WithTransaction
    public Uni<SignedUp> signUp(String openid, long recruitmentId) {
        return locked(recruitmentId)
                .call(r -> requireOpen(r).chain(() -> requireEligible(openid, r)))
                .call(r -> requireNotSignedUp(openid, r))
                .call(r -> requireNoOverlap(openid, r))
                .chain(r -> take(openid, r));
    }

    /** Gives up the volunteer's place or waitlist entry, until the deadline; a freed place goes to the waitlist. */
    @WithTransaction
    public Uni<Cancelled> cancel(String openid, long recruitmentId) {
        return locked(recruitmentId).chain(r -> live(openid, r.id).chain(s -> {
            if (s == null) {
                throw new Refusal(404, "not-signed-up", "No sign-up of this volunteer", r.title);
            }
            if (!clock.instant().isBefore(r.signUpDeadline.toInstant())) {
                throw Refusal.conflict("deadline-passed", "Sign-ups can be cancelled until the deadline", r.title);
            }
            boolean hadPlace = s.status == SignUpStatus.SIGNED_UP;
            s.status = SignUpStatus.CANCELLED;
            s.cancelledAt = OffsetDateTime.now(clock);
            if (!hadPlace) {
                return Uni.createFrom().item(new Cancelled(r, false, null));
            }
            r.signedUp--;
            return promoteFirst(r).map(promoted -> new Cancelled(r, true, promoted));
        }));
    }

    /** The volunteer's live sign-ups with their recruitments, soonest first. */
    @WithSession
    public Uni<List<Mine>> mine(String openid) {
        return SignUp.<SignUp>list("openid = ?1 and status <> ?2", openid, SignUpStatus.CANCELLED)
                .chain(signUps -> Recruitment.<Recruitment>list("id in ?1 and status <> ?2 order by startsAt",
                        signUps.isEmpty() ? List.of(-1L) : signUps.stream().map(s -> s.recruitmentId).toList(),
                        RecruitmentStatus.CANCELLED).map(rs -> rs.stream().map(r -> new Mine(r, signUps.stream()
                        .filter(s -> s.recruitmentId.equals(r.id)).findFirst().orElseThrow())).toList()));
    }

    /** 1-based place on the waitlist of a waitlisted sign-up. */
    static Uni<Long> waitlistPosition(SignUp s) {
        return SignUp.count("recruitmentId = ?1 and status = ?2 and id <= ?3", s.recruitmentId,
                SignUpStatus.WAITLISTED, s.id);
    }

    private Uni<SignedUp> take(String openid, Recruitment r) {
        SignUp s = new SignUp();
        s.recruitmentId = r.id;
        s.openid = openid;
        s.createdAt = OffsetDateTime.now(clock);
        s.status = r.hasPlace() ? SignUpStatus.SIGNED_UP : SignUpStatus.WAITLISTED;
        if (s.status == SignUpStatus.SIGNED_UP) {
            r.signedUp++;
        }
        return s.<SignUp>persistAndFlush().chain(saved -> saved.status == SignUpStatus.SIGNED_UP
                ? Uni.createFrom().item(new SignedUp(r, saved, 0))
                : waitlistPosition(saved).map(position -> new SignedUp(r, saved, position)));
    }

    private Uni<String> promoteFirst(Recruitment r) {
        return SignUp.<SignUp>find("recruitmentId = ?1 and status = ?2 order by id", r.id, SignUpStatus.WAITLISTED)
                .firstResult().chain(next -> {
                    if (next == null) {
                        return Uni.createFrom().nullItem();
                    }
                    next.status = SignUpStatus.SIGNED_UP;
                    next.promotedAt = OffsetDateTime.now(clock);
                    r.signedUp++;
                    Log.infof("Recruitment %d: %s promoted from the waitlist", r.id, Masking.openid(next.openid));
                    return outbox.notify(next.openid, config.promotedTemplateId(), config.page(),
                            Map.of("thing1", r.title, "time2", r.startsAt), "recruitment:" + r.id)
                                    .replaceWith(next.openid);
                });
    }

    private static Uni<Recruitment> locked(long id) {
        return Recruitment.<Recruitment>findById(id, LockModeType.PESSIMISTIC_WRITE).map(r -> {
            if (r == null || r.status == RecruitmentStatus.DRAFT) {
                throw DomainException.notFound("unknown-recruitment", "No recruitment " + id);
            }
            return r;
        });
    }

    private Uni<Void> requireOpen(Recruitment r) {
        if (r.status != RecruitmentStatus.PUBLISHED) {
            throw Refusal.conflict("recruitment-cancelled", "The recruitment is cancelled", r.title);
        }
        if (!clock.instant().isBefore(r.signUpDeadline.toInstant())) {
            throw Refusal.conflict("deadline-passed", "The sign-up deadline has passed", r.title);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> requireEligible(String openid, Recruitment r) {
        return volunteerGrids(openid).invoke(gridCodes -> {
            if (gridCodes.isEmpty() || !(r.anyGrid || gridCodes.contains(r.gridCode))) {
                throw new Refusal(403, "not-a-volunteer-here", "Only volunteers of the grid may sign up", r.title);
            }
        }).replaceWithVoid();
    }

    private static Uni<Void> requireNotSignedUp(String openid, Recruitment r) {
        return live(openid, r.id).invoke(s -> {
            if (s != null) {
                throw Refusal.conflict(s.status == SignUpStatus.SIGNED_UP ? "already-signed-up" : "already-waitlisted",
                        "Already signed up", r.title);
            }
        }).replaceWithVoid();
    }

    private Uni<Void> requireNoOverlap(String openid, Recruitment r) {
        return signUps.overlapping(openid, r).invoke(other -> {
            if (other != null) {
                throw Refusal.conflict("overlapping-sign-up", "Signed up for another activity at the same time",
                        other.title);
            }
        }).replaceWithVoid();
    }

    private static Uni<SignUp> live(String openid, long recruitmentId) {
        return SignUp.<SignUp>find("recruitmentId = ?1 and openid = ?2 and status <> ?3", recruitmentId, openid,
                SignUpStatus.CANCELLED).firstResult();
    }

    private Uni<List<String>> volunteerGrids(String openid) {
        return grids.rolesOf(openid).map(roles -> roles.stream().filter(g -> g.role() == MemberRole.VOLUNTEER)
                .map(GridRole::gridCode).toList());
    }

    /** A sign-up taken: a place ({@code waitlistPosition} 0) or a waitlist entry. */
    public record SignedUp(Recruitment recruitment, SignUp signUp, long waitlistPosition) {
    }

    /** A sign-up given up; {@code promoted} is who got the freed place, if anyone. */
    public record Cancelled(Recruitment recruitment, boolean hadPlace, String promoted) {
    }

    public record Mine(Recruitment recruitment, SignUp signUp) {
    }
}
