package org.gridline.points;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.platform.error.DomainException;
import org.gridline.testing.Db;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Ledger benchmark (issue 8): 50 clients, each posting one transfer after another for about 10 s through
 * {@link LedgerService} on the embedded database, then the ledger check. A client awards points (half of its calls),
 * reserves some for an order, or completes or releases one of its open orders; the 200 volunteers are shared, so spends
 * of one volunteer contend. Prints committed transfers/s, latency p50/p99 and the check's violations.
 * <p>
 * Tagged {@code benchmark}: the normal build leaves it out. Run it with {@code bench/ledger.sh}, which turns fsync on
 * ({@code -Dgridline.embedded-database.durable=true}). Settings: {@code -Dclients=50 -Dseconds=10}.
 */
@QuarkusTest
@Tag("benchmark")
class LedgerBenchmark {
    static final int VOLUNTEERS = 200;

    @Inject
    LedgerService ledger;
    @Inject
    LedgerChecker checker;
    @Inject
    Pool pool;

    @Test
    void transfersPerSecond() throws InterruptedException {
        int clients = Integer.getInteger("clients", 50);
        int seconds = Integer.getInteger("seconds", 10);
        Db db = new Db(pool);
        System.out.printf("%nledger benchmark: %d clients, %d s, fsync=%s synchronous_commit=%s, pool %s%n", clients,
                seconds, db.rows("SHOW fsync").get(0).getString(0),
                db.rows("SHOW synchronous_commit").get(0).getString(0),
                System.getProperty("quarkus.datasource.reactive.max-size", "20 (default)"));
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> volunteers = new ArrayList<>();
        for (int i = 0; i < VOLUNTEERS; i++) {
            volunteers.add("bench-" + run + "-" + i);
        }
        report("warm-up", drive(clients, 3, volunteers), 3);
        Stats stats = drive(clients, seconds, volunteers);
        report("measured", stats, seconds);
        long started = System.nanoTime();
        LedgerCheck check = ledger(checker.check());
        System.out.printf("ledger check (%.0f ms over %d transfers): %d violations %s%n",
                (System.nanoTime() - started) / 1e6, db.count("SELECT COUNT(*) FROM ledger_transfer"),
                check.violations(), check);
        assertEquals(0, check.violations(), check.toString());
        assertTrue(stats.committed.get() > 0);
    }

    private static void report(String label, Stats stats, int seconds) {
        long[] sorted = stats.sortedMicros();
        System.out.printf("%-9s %8d transfers %7.0f transfers/s   refused %d (insufficient points), failed %d   "
                        + "p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms%n",
                label, stats.committed.get(), stats.committed.get() / (double) seconds, stats.refused.get(),
                stats.failed.get(), pct(sorted, 50), pct(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
    }

    private Stats drive(int clients, int seconds, List<String> volunteers) throws InterruptedException {
        Stats stats = new Stats();
        CountDownLatch done = new CountDownLatch(clients);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (int c = 0; c < clients; c++) {
            new Client(volunteers, stats, deadline, done).next();
        }
        assertTrue(done.await(seconds + 60L, TimeUnit.SECONDS), "clients did not finish");
        return stats;
    }

    /** One client: a closed loop, the next call starts when the previous one ended. */
    final class Client {
        private final List<String> volunteers;
        private final Stats stats;
        private final long deadline;
        private final CountDownLatch done;
        private final Deque<String> openOrders = new ArrayDeque<>();

        Client(List<String> volunteers, Stats stats, long deadline, CountDownLatch done) {
            this.volunteers = volunteers;
            this.stats = stats;
            this.deadline = deadline;
            this.done = done;
        }

        void next() {
            if (System.nanoTime() >= deadline) {
                done.countDown();
                return;
            }
            long start = System.nanoTime();
            call().subscribe().with(
                    ok -> {
                        stats.record(start, true);
                        next();
                    },
                    failure -> {
                        if (failure instanceof DomainException d && "insufficient-points".equals(d.code())) {
                            stats.record(start, false);
                        } else {
                            stats.failed.incrementAndGet();
                            System.err.println("benchmark call failed: " + failure);
                        }
                        next();
                    });
        }

        private Uni<?> call() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String volunteer = volunteers.get(random.nextInt(volunteers.size()));
            int dice = random.nextInt(100);
            if (dice < 50 || (dice >= 75 && openOrders.isEmpty())) {
                return ledger.award(LedgerFixtures.id("bench"), volunteer, "G-BENCH-" + random.nextInt(10),
                        1 + random.nextInt(20));
            }
            if (dice < 75) {
                String order = LedgerFixtures.id("bench");
                return ledger.reserve(order, volunteer, 1 + random.nextInt(30)).invoke(() -> openOrders.add(order));
            }
            String order = openOrders.poll();
            return dice < 90 ? ledger.redeem(order) : ledger.release(order, "cancelled");
        }
    }

    static final class Stats {
        final AtomicLong committed = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        private long[] micros = new long[1 << 16];
        private int count;

        synchronized void record(long startNanos, boolean ok) {
            (ok ? committed : refused).incrementAndGet();
            if (count == micros.length) {
                micros = Arrays.copyOf(micros, count * 2);
            }
            micros[count++] = (System.nanoTime() - startNanos) / 1000;
        }

        synchronized long[] sortedMicros() {
            long[] sorted = Arrays.copyOf(micros, count);
            Arrays.sort(sorted);
            return sorted;
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }

    private static <T> T ledger(Uni<T> uni) {
        return uni.await().atMost(java.time.Duration.ofMinutes(5));
    }
}
