package org.gridline.points;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.grid.GridDirectory;
import org.gridline.platform.Page;
import org.gridline.platform.error.DomainException;
import org.gridline.points.RewardRequests.NewReward;
import org.gridline.points.RewardRequests.RewardView;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** The reward catalogue: street staff add items; volunteers see those still valid and on the shelf. */
@ApplicationScoped
public class RewardService {
    private final GridDirectory grids;
    private final Clock clock;

    public RewardService(GridDirectory grids, Clock clock) {
        this.grids = grids;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<RewardView> create(NewReward request) {
        return create(request, null);
    }

    /** A catalogue item, marked with the key of the demo reward it is made from (null for a real one). */
    @WithTransaction
    Uni<RewardView> create(NewReward request, String demoKey) {
        if (!request.validUntil().toInstant().isAfter(clock.instant())) {
            throw DomainException.badRequest("invalid-valid-until", "validUntil must be in the future");
        }
        Uni<Boolean> gridKnown = request.grid() == null ? Uni.createFrom().item(true) : grids.exists(request.grid());
        return gridKnown.chain(known -> {
            if (!known) {
                throw DomainException.badRequest("unknown-grid", "No grid " + request.grid());
            }
            Reward r = new Reward();
            r.name = request.name().strip();
            r.price = request.price();
            r.stock = request.stock();
            r.perUserLimit = request.perUserLimit();
            r.validUntil = request.validUntil();
            r.gridCode = request.grid();
            r.createdAt = OffsetDateTime.now(clock);
            r.demoKey = demoKey;
            return r.<Reward>persist();
        }).map(RewardView::of);
    }

    @WithSession
    public Uni<Page<RewardView>> list(int page, int size) {
        var query = Reward.<Reward>findAll(Sort.by("id"));
        return query.page(page, size).list().chain(items -> query.count()
                .map(total -> new Page<>(items.stream().map(RewardView::of).toList(), page, size, total)));
    }

    /** What volunteers may redeem now: valid and with units on the shelf. */
    @WithSession
    public Uni<List<RewardView>> catalogue() {
        return Reward.<Reward>list("validUntil > ?1 and stock > 0 order by price, id", OffsetDateTime.now(clock))
                .map(rewards -> rewards.stream().map(RewardView::of).toList());
    }
}
