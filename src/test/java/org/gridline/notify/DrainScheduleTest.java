package org.gridline.notify;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wake-ups coalesce: many notifications, one drain pass pending; a wake-up during a pass, exactly one more. */
class DrainScheduleTest {
    private static final long POLL = 3_600_000;

    /** Timers fired by hand: id → delay and task. */
    private final Map<Long, Timer> timers = new LinkedHashMap<>();
    private final List<Long> delays = new ArrayList<>();
    private long nextId;
    private int passes;
    private boolean endAtOnce = true;
    private DrainSchedule schedule;

    private record Timer(long delay, Runnable task) {
    }

    @BeforeEach
    void fresh() {
        schedule = new DrainSchedule(new DrainSchedule.Timers() {
            @Override
            public synchronized long set(long delayMillis, Runnable task) {
                timers.put(nextId, new Timer(delayMillis, task));
                delays.add(delayMillis);
                return nextId++;
            }

            @Override
            public synchronized void cancel(long id) {
                timers.remove(id);
            }
        }, () -> {
            passes++;
            if (endAtOnce) {
                schedule.end(POLL);
            }
        });
        schedule.start();
        fireDue();
        assertEquals(1, passes, "a pass at start");
    }

    @Test
    void withoutWakeUpsTheNextPassIsThePoll() {
        assertEquals(Map.of(), dueAtOnce());
        assertEquals(List.of(POLL), timers.values().stream().map(Timer::delay).toList());
    }

    @Test
    void aThousandWakeUpsWhileIdleMakeOnePass() throws InterruptedException {
        AtomicInteger asked = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < 1000; i++) {
            threads.execute(() -> {
                await(go);
                if (schedule.wake()) {
                    asked.incrementAndGet();
                }
            });
        }
        go.countDown();
        threads.shutdown();
        assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(1, asked.get(), "one wake-up asked for a pass, the others found it coming");
        assertEquals(1, timers.size(), "the poll gave way to one pass at once");
        fireDue();
        assertEquals(2, passes);
        assertEquals(List.of(POLL), timers.values().stream().map(Timer::delay).toList(), "then the poll again");
    }

    @Test
    void wakeUpsDuringAPassAskForExactlyOneMoreRightAfterIt() {
        endAtOnce = false;
        schedule.wake();
        fireDue();
        assertEquals(2, passes);
        assertTrue(schedule.underway());
        assertTrue(schedule.wake(), "the first wake-up during the pass asks for another");
        for (int i = 0; i < 50; i++) {
            assertFalse(schedule.wake());
        }
        assertEquals(Map.of(), timers, "nothing starts while the pass runs");
        schedule.end(POLL);
        assertEquals(List.of(1L), timers.values().stream().map(Timer::delay).toList(), "at once, not at the poll");
        endAtOnce = true;
        fireDue();
        assertEquals(3, passes);
        assertEquals(List.of(POLL), timers.values().stream().map(Timer::delay).toList());
    }

    @Test
    void aReplacedTimerThatFiresLateStartsNoPass() {
        Timer poll = timers.values().iterator().next();
        schedule.wake();
        poll.task().run(); // Vert.x may already be running a timer when it is cancelled
        assertEquals(1, passes);
        fireDue();
        assertEquals(2, passes);
    }

    @Test
    void aStoppedScheduleIgnoresWakeUps() {
        schedule.stop();
        assertFalse(schedule.wake());
        assertEquals(Map.of(), timers);
        assertEquals(1, passes);
    }

    /** Runs the timers due at once (delay 1 ms) until none is left. */
    private void fireDue() {
        Map<Long, Timer> due;
        while (!(due = dueAtOnce()).isEmpty()) {
            due.keySet().forEach(timers::remove);
            due.values().forEach(t -> t.task().run());
        }
    }

    private synchronized Map<Long, Timer> dueAtOnce() {
        Map<Long, Timer> due = new LinkedHashMap<>();
        timers.forEach((id, t) -> {
            if (t.delay() <= 1) {
                due.put(id, t);
            }
        });
        return due;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
