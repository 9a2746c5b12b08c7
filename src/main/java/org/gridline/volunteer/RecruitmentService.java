package org.gridline.volunteer;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.auth.Caller;
import org.gridline.grid.GridDirectory;
import org.gridline.grid.MemberRole;
import org.gridline.grid.MemberView;
import org.gridline.notify.Outbox;
import org.gridline.platform.error.DomainException;
import org.gridline.points.LedgerService;
import org.gridline.volunteer.RecruitmentRequests.NewRecruitment;
import org.gridline.volunteer.RecruitmentViews.RecruitmentDetail;
import org.gridline.volunteer.RecruitmentViews.RecruitmentView;
import org.gridline.volunteer.RecruitmentViews.SignUpView;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recruitments as street staff and grid leaders manage them: drafted, published (the grid's volunteers are notified,
 * and its leader and workers, who organise it, told so, in the same transaction, through the outbox), cancelled. A
 * leader acts on their own grid's recruitments only, offers at most {@code gridline.points.max-award} points (as
 * everyone does) and may not open one to every grid: only an ADMIN awards points across grids.
 */
@ApplicationScoped
public class RecruitmentService {
    private final GridDirectory grids;
    private final Outbox outbox;
    private final LedgerService ledger;
    private final VolunteerConfig config;
    private final Clock clock;

    public RecruitmentService(GridDirectory grids, Outbox outbox, LedgerService ledger, VolunteerConfig config,
                              Clock clock) {
        this.grids = grids;
        this.outbox = outbox;
        this.ledger = ledger;
        this.config = config;
        this.clock = clock;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance published(long number, String title, String when, String place, int capacity,
                                                 int points, int notified);
    }

    @WithTransaction
    public Uni<RecruitmentView> create(NewRecruitment request, Caller caller) {
        return create(request, caller, null);
    }

    /** A draft, marked with the key of the demo recruitment it is made from (null for a real one). */
    @WithTransaction
    Uni<RecruitmentView> create(NewRecruitment request, Caller caller, String demoKey) {
        caller.requireStaffOf(request.grid());
        requireWindow(request);
        if (request.points() > ledger.maxAward()) {
            throw DomainException.badRequest("points-above-bound", "A recruitment offers at most "
                    + ledger.maxAward() + " points (gridline.points.max-award)");
        }
        if (request.anyGrid() && !caller.isAdmin()) {
            throw new DomainException(403, "any-grid-admin-only",
                    "Only street staff (ADMIN) open a recruitment to every grid; a leader's is for their own grid");
        }
        return grids.exists(request.grid()).chain(exists -> {
            if (!exists) {
                throw DomainException.badRequest("unknown-grid", "No grid " + request.grid());
            }
            Recruitment r = recruitment(request, caller);
            r.demoKey = demoKey;
            return r.<Recruitment>persist();
        }).map(RecruitmentView::of);
    }

    @WithTransaction
    public Uni<RecruitmentView> publish(long id, Caller caller) {
        return owned(id, caller).chain(r -> {
            if (r.status != RecruitmentStatus.DRAFT) {
                throw DomainException.conflict("not-a-draft", "Only a draft is published; this one is " + r.status);
            }
            if (!r.signUpDeadline.toInstant().isAfter(clock.instant())) {
                throw DomainException.conflict("deadline-passed", "The sign-up deadline has passed");
            }
            r.status = RecruitmentStatus.PUBLISHED;
            r.publishedAt = OffsetDateTime.now(clock);
            return notifyVolunteers(r).chain(notified -> notifyOrganisers(r, notified)).replaceWith(r);
        }).map(RecruitmentView::of);
    }

    @WithTransaction
    public Uni<RecruitmentView> cancel(long id, Caller caller) {
        return owned(id, caller).invoke(r -> {
            if (r.status == RecruitmentStatus.CANCELLED) {
                throw DomainException.conflict("cancelled", "The recruitment is cancelled already");
            }
            r.status = RecruitmentStatus.CANCELLED;
            Log.infof("Recruitment %d cancelled by %s", r.id, caller.username());
        }).map(RecruitmentView::of);
    }

    @WithSession
    public Uni<RecruitmentDetail> detail(long id, Caller caller) {
        return owned(id, caller).chain(r -> SignUp.<SignUp>list("recruitmentId = ?1 and status <> ?2 order by id",
                r.id, SignUpStatus.CANCELLED).map(all -> new RecruitmentDetail(RecruitmentView.of(r),
                all.stream().filter(s -> s.status == SignUpStatus.SIGNED_UP).map(SignUpView::of).toList(),
                all.stream().filter(s -> s.status == SignUpStatus.WAITLISTED).map(SignUpView::of).toList())));
    }

    /** The recruitment, if the caller is staff of its grid (404 when it does not exist, 403 when not theirs). */
    static Uni<Recruitment> owned(long id, Caller caller) {
        return Recruitment.<Recruitment>findById(id).map(r -> {
            if (r == null) {
                throw DomainException.notFound("unknown-recruitment", "No recruitment " + id);
            }
            caller.requireStaffOf(r.gridCode);
            return r;
        });
    }

    /** Completes with the number of volunteers notified. */
    private Uni<Integer> notifyVolunteers(Recruitment r) {
        Map<String, Object> data = Map.of("thing1", r.title, "time2", r.startsAt, "thing3", r.place);
        return grids.membersOf(r.gridCode, MemberRole.VOLUNTEER)
                .onItem().transformToMulti(members -> Multi.createFrom().iterable(members))
                .onItem().transformToUniAndConcatenate(m -> outbox.notify(m.openid(), config.publishedTemplateId(),
                        config.page(), data, "recruitment:" + r.id))
                .collect().asList().invoke(sent -> Log.infof("Recruitment %d published; %d volunteers notified",
                        r.id, sent.size())).map(List::size);
    }

    /** The grid's leader and workers, who issue the codes and hand out the rewards, hear that it is published. */
    private Uni<Void> notifyOrganisers(Recruitment r, int notified) {
        String text = Templates.published(r.id, r.title, ChatViews.window(r), r.place, r.capacity, r.points, notified)
                .render().strip();
        return grids.membersOf(r.gridCode, MemberRole.LEADER)
                .chain(leaders -> grids.membersOf(r.gridCode, MemberRole.WORKER).map(workers -> {
                    List<MemberView> all = new ArrayList<>(leaders);
                    all.addAll(workers);
                    return all.stream().map(MemberView::openid).distinct().toList();
                }))
                .onItem().transformToMulti(openids -> Multi.createFrom().iterable(openids))
                .onItem().transformToUniAndConcatenate(openid -> outbox.text(openid, text,
                        "recruitment-organiser:" + r.id))
                .collect().asList().replaceWithVoid();
    }

    private Recruitment recruitment(NewRecruitment request, Caller caller) {
        Recruitment r = new Recruitment();
        r.title = request.title().strip();
        r.gridCode = request.grid();
        r.place = request.place().strip();
        r.startsAt = request.startsAt();
        r.endsAt = request.endsAt();
        r.capacity = request.capacity();
        r.points = request.points();
        r.signUpDeadline = request.signUpDeadline();
        r.anyGrid = request.anyGrid();
        r.status = RecruitmentStatus.DRAFT;
        r.createdBy = caller.username();
        r.createdAt = OffsetDateTime.now(clock);
        return r;
    }

    private static void requireWindow(NewRecruitment request) {
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw DomainException.badRequest("invalid-window", "endsAt must be after startsAt");
        }
        if (request.signUpDeadline().isAfter(request.startsAt())) {
            throw DomainException.badRequest("invalid-deadline", "signUpDeadline must not be after startsAt");
        }
    }
}
