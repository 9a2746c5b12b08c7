package org.gridline.registration;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.grid.GridDirectory;
import org.gridline.grid.MemberRole;
import org.gridline.grid.MemberView;
import org.gridline.notify.Outbox;
import org.gridline.platform.time.ClockProducer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Records arrivals. An origin on the high-risk list creates a follow-up task for the grid's first worker (by
 * openid), who is told in the chat; without a worker (or a grid) the task waits unassigned for the grid's leader.
 */
@ApplicationScoped
public class RegistrationService {
    private final Clock clock;
    private final GridDirectory directory;
    private final Outbox outbox;
    private final HighRiskAreas highRisk;

    public RegistrationService(Clock clock, GridDirectory directory, Outbox outbox, RegistrationConfig config) {
        this.clock = clock;
        this.directory = directory;
        this.outbox = outbox;
        this.highRisk = new HighRiskAreas(config.highRiskOrigins().orElse(List.of()));
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance followUp(String origin, String area, String arrival, String address);

        static native TemplateInstance followUpReason(String area);
    }

    /** Keeps the registration (and a follow-up task for an arrival from a high-risk area); what was kept. */
    @WithTransaction
    public Uni<RegistrationViews.RegistrationItem> register(NewRegistration request) {
        Registration row = toEntity(request);
        return row.<Registration>persist().call(saved -> saved.highRisk ? followUp(saved) : Uni.createFrom().voidItem())
                .map(RegistrationViews.RegistrationItem::of);
    }

    private Uni<Void> followUp(Registration saved) {
        String area = highRisk.match(saved.origin).orElse(saved.origin);
        Uni<List<MemberView>> workers = saved.gridCode == null ? Uni.createFrom().item(List.of())
                : directory.membersOf(saved.gridCode, MemberRole.WORKER);
        return workers.chain(found -> {
            FollowUpTask task = new FollowUpTask();
            task.registrationId = saved.id;
            task.gridCode = saved.gridCode;
            task.assignee = found.isEmpty() ? null : found.get(0).openid();
            task.reason = Templates.followUpReason(area).render().strip();
            task.createdAt = saved.createdAt;
            Log.infof("Follow-up task for registration %d in grid %s", saved.id, saved.gridCode);
            return task.persist().chain(() -> task.assignee == null ? Uni.createFrom().voidItem()
                    : outbox.text(task.assignee, Templates.followUp(saved.origin, area,
                            saved.arrivalDate.toString(), saved.address).render().strip(), "registration")
                    .replaceWithVoid());
        });
    }

    private Registration toEntity(NewRegistration request) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Registration row = new Registration();
        row.openid = request.openid();
        row.name = request.name();
        row.phone = request.phone();
        row.origin = request.origin();
        row.arrivalDate = request.arrivalDate();
        row.address = request.address();
        row.gridCode = request.gridCode();
        row.highRisk = highRisk.match(request.origin()).isPresent();
        row.registeredOn = now.atZoneSameInstant(ClockProducer.ZONE).toLocalDate();
        row.createdAt = now;
        return row;
    }
}
