package org.gridline.grid;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.gridline.auth.Caller;
import org.gridline.auth.Role;
import org.gridline.grid.CityRequests.NewCommunity;
import org.gridline.grid.CityRequests.NewGrid;
import org.gridline.grid.CityRequests.NewMember;
import org.gridline.grid.CityRequests.NewStreet;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Loads the demo city at start when {@code gridline.demo.enabled}: through the same services (and checks) as the admin
 * API, in one transaction, creating only what is missing, so that loading twice changes nothing and a street office's
 * own edits are kept. Instances starting together take turns on an advisory lock.
 */
@ApplicationScoped
public class DemoCityLoader {
    private static final long LOCK = 0x67726964_64656d6fL;
    private static final Caller LOADER = new Caller("demo-loader", Role.ADMIN, null);

    private final DemoConfig config;
    private final CityService city;
    private final GridService grids;
    private final MemberService members;
    private final GridDirectory directory;
    private final DemoLoads loads;

    public DemoCityLoader(DemoConfig config, CityService city, GridService grids, MemberService members,
                          GridDirectory directory, DemoLoads loads) {
        this.loads = loads;
        this.config = config;
        this.city = city;
        this.grids = grids;
        this.members = members;
        this.directory = directory;
    }

    void onStart(@Observes StartupEvent start) throws Throwable {
        if (!config.enabled()) {
            return;
        }
        if (!Files.isDirectory(config.directory())) {
            Log.warnf("Demo city not loaded: no folder %s", config.directory().toAbsolutePath());
            return;
        }
        VertxContextSupport.subscribeAndAwait(() -> load(DemoCity.read(config.directory())));
    }

    /** Creates what of the demo city is missing; completes with the number of things created. */
    public Uni<Integer> load(DemoCity demo) {
        AtomicInteger created = new AtomicInteger();
        return Panache.withTransaction(() -> loads.lock(LOCK)
                        .chain(() -> each(demo.streets(), s -> street(s, created)))
                        .chain(() -> each(demo.departments(), d -> ifAbsent(Department.findById(d.code()),
                                () -> city.createDepartment(d), created)))
                        .chain(() -> each(demo.members().entrySet().stream().toList(), e -> people(e, created))))
                .invoke(directory::invalidate)
                .map(v -> created.get())
                .invoke(n -> Log.infof(n == 0 ? "Demo city present already" : "Demo city loaded: %d items created", n));
    }

    private Uni<Void> street(DemoCity.Street street, AtomicInteger created) {
        return ifAbsent(Street.findById(street.code()),
                () -> city.createStreet(new NewStreet(street.code(), street.name(), street.dutyOpenids())), created)
                .chain(() -> each(street.communities(), c -> ifAbsent(Community.findById(c.code()),
                        () -> city.createCommunity(new NewCommunity(c.code(), c.name(), street.code())), created)
                        .chain(() -> each(c.grids(), g -> ifAbsent(Grid.findById(g.code()),
                                () -> grids.create(new NewGrid(g.code(), g.name(), c.code(), g.boundary(),
                                        g.buildings()),
                                        LOADER), created)))));
    }

    private Uni<Void> people(Map.Entry<String, List<NewMember>> grid, AtomicInteger created) {
        return each(grid.getValue(), m -> ifAbsent(
                GridMember.find("gridCode = ?1 and openid = ?2", grid.getKey(), m.openid()).firstResult(),
                () -> members.add(grid.getKey(), m, LOADER), created));
    }

    private static Uni<Void> ifAbsent(Uni<?> existing, java.util.function.Supplier<Uni<?>> create,
            AtomicInteger created) {
        return existing.chain(found -> found != null ? Uni.createFrom().voidItem()
                : create.get().invoke(created::incrementAndGet).replaceWithVoid());
    }

    private static <T> Uni<Void> each(List<T> items, Function<T, Uni<Void>> action) {
        if (items == null || items.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom().iterable(items).onItem().transformToUniAndConcatenate(item -> action.apply(item))
                .collect().last()
                .replaceWithVoid();
    }
}
