package org.gridline.points;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.gridline.grid.DemoCity;
import org.gridline.grid.DemoConfig;
import org.gridline.grid.DemoLoads;
import org.gridline.platform.time.ClockProducer;
import org.gridline.points.RewardRequests.NewReward;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The demo city's reward catalogue ({@code config/demo/rewards.yaml}), added at start after the demo city is loaded,
 * through the same service and checks as the API. One is made from a key only when no reward of that key is still
 * valid, so restarts change nothing until a demo reward runs out of validity.
 */
@ApplicationScoped
public class DemoRewardLoader {
    static final String FILE = "rewards.yaml";
    private static final long LOCK = 0x67726964_64726577L;

    private final DemoConfig config;
    private final RewardService rewards;
    private final Clock clock;
    private final DemoLoads loads;

    public DemoRewardLoader(DemoConfig config, RewardService rewards, Clock clock, DemoLoads loads) {
        this.config = config;
        this.loads = loads;
        this.rewards = rewards;
        this.clock = clock;
    }

    /** One demo reward, valid for {@code validDays} from the day of the start; {@code grid} null: any station. */
    public record DemoReward(String key, String name, long price, int stock, int perUserLimit, int validDays,
                             String grid) {
        NewReward request(LocalDate today) {
            OffsetDateTime until = today.plusDays(validDays + 1L).atStartOfDay(ClockProducer.ZONE).toOffsetDateTime();
            return new NewReward(name, price, stock, perUserLimit, until, grid);
        }
    }

    record RewardsFile(List<DemoReward> rewards) {
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent start) throws Throwable {
        Path file = config.directory().resolve(FILE);
        if (config.enabled() && Files.isRegularFile(file)) {
            VertxContextSupport.subscribeAndAwait(() -> load(read(file)));
        }
    }

    public static List<DemoReward> read(Path file) {
        List<DemoReward> items = DemoCity.read(file, RewardsFile.class).rewards();
        return items == null ? List.of() : items;
    }

    /** Adds the demo rewards that are missing or no longer valid; completes with how many were added. */
    public Uni<Integer> load(List<DemoReward> items) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockProducer.ZONE);
        return loads.eachUnderLock(LOCK, items, item -> loadOne(item, today))
                .invoke(n -> Log.infof(n == 0 ? "Demo rewards present already" : "Demo rewards added: %d", n));
    }

    private Uni<Boolean> loadOne(DemoReward item, LocalDate today) {
        return Reward.count("demoKey = ?1 and validUntil > ?2", item.key(), OffsetDateTime.now(clock)).chain(valid -> {
            if (valid > 0) {
                return Uni.createFrom().item(false);
            }
            return rewards.create(item.request(today), item.key()).replaceWith(true);
        });
    }
}
