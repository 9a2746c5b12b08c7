package org.gridline.volunteer;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.gridline.auth.Caller;
import org.gridline.auth.Role;
import org.gridline.grid.DemoCity;
import org.gridline.grid.DemoConfig;
import org.gridline.grid.DemoLoads;
import org.gridline.platform.time.ClockProducer;
import org.gridline.volunteer.RecruitmentRequests.NewRecruitment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The demo city's recruitments ({@code config/demo/recruitments.yaml}), published at start after the demo city is
 * loaded, through the same service and checks as the API, with times relative to the day of the start. One is made
 * from a key only when no published recruitment of that key is still open for sign-up, so restarts on one day change
 * nothing and a later start brings the demo back into the future.
 */
@ApplicationScoped
public class DemoRecruitmentLoader {
    static final String FILE = "recruitments.yaml";
    private static final long LOCK = 0x67726964_64726563L;
    private static final Caller LOADER = new Caller("demo-loader", Role.ADMIN, null);

    private final DemoConfig config;
    private final RecruitmentService recruitments;
    private final Clock clock;
    private final DemoLoads loads;

    public DemoRecruitmentLoader(DemoConfig config, RecruitmentService recruitments, Clock clock, DemoLoads loads) {
        this.config = config;
        this.loads = loads;
        this.recruitments = recruitments;
        this.clock = clock;
    }

    /**
     * One demo recruitment: {@code inDays} after the day of the start, {@code at} Beijing time, for {@code minutes}.
     */
    public record DemoRecruitment(String key, String grid, String title, String place, int inDays, String at,
                                  int minutes, int capacity, int points, boolean anyGrid) {
        NewRecruitment request(LocalDate today) {
            OffsetDateTime start = today.plusDays(inDays).atTime(LocalTime.parse(at)).atZone(ClockProducer.ZONE)
                    .toOffsetDateTime();
            return new NewRecruitment(title, grid, place, start, start.plusMinutes(minutes), capacity, points,
                    start.minusHours(1), anyGrid);
        }
    }

    record RecruitmentsFile(List<DemoRecruitment> recruitments) {
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent start) throws Throwable {
        Path file = config.directory().resolve(FILE);
        if (config.enabled() && Files.isRegularFile(file)) {
            VertxContextSupport.subscribeAndAwait(() -> load(read(file)));
        }
    }

    public static List<DemoRecruitment> read(Path file) {
        List<DemoRecruitment> items = DemoCity.read(file, RecruitmentsFile.class).recruitments();
        return items == null ? List.of() : items;
    }

    /** Publishes the demo recruitments that are missing or over; completes with how many were published. */
    public Uni<Integer> load(List<DemoRecruitment> items) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockProducer.ZONE);
        return loads.eachUnderLock(LOCK, items, item -> loadOne(item, today))
                .invoke(n ->
                Log.infof(n == 0 ? "Demo recruitments present already" : "Demo recruitments published: %d", n));
    }

    private Uni<Boolean> loadOne(DemoRecruitment item, LocalDate today) {
        return Recruitment.count("demoKey = ?1 and status = ?2 and signUpDeadline > ?3", item.key(),
                RecruitmentStatus.PUBLISHED, OffsetDateTime.now(clock)).chain(open -> {
            if (open > 0) {
                return Uni.createFrom().item(false);
            }
            return recruitments.create(item.request(today), LOADER, item.key())
                    .call(made -> recruitments.publish(made.id(), LOADER))
                    .replaceWith(true);
        });
    }
}
