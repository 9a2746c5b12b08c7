package org.gridline.notify;

/**
 * When the delivery worker runs its next drain pass (a claim of due rows). Wake-ups coalesce: however many arrive (one
 * per committed transaction that wrote to the outbox, on any instance, and one per finished send), at most one pass
 * runs and at most one more is pending. A wake-up during a pass asks for one more pass right after it, because that
 * pass's claim may have looked before the waking transaction committed. Without wake-ups the next pass comes when the
 * pass that ended says (the periodic poll: the safety net).
 */
final class DrainSchedule {
    /** Sets and cancels one-shot timers: Vert.x in the worker, a hand-driven fake in tests. */
    interface Timers {
        long set(long delayMillis, Runnable task);

        void cancel(long id);
    }

    private final Timers timers;
    private final Runnable pass;
    private boolean stopped = true;
    private boolean underway;
    private boolean again;
    /** The pending timer is a wake-up (due at once), not a poll. */
    private boolean soon;
    private long timer = -1;
    /** Identifies the pending timer; a timer fired after it was replaced does nothing. */
    private long generation;

    /** {@code pass} runs one drain pass and calls {@link #end} exactly once when it is over. */
    DrainSchedule(Timers timers, Runnable pass) {
        this.timers = timers;
        this.pass = pass;
    }

    synchronized void start() {
        stopped = false;
        at(0);
    }

    /** No pass starts after this; one under way finishes. */
    synchronized void stop() {
        stopped = true;
        cancelTimer();
    }

    /**
     * Something may be due now.
     *
     * @return true when this call asked for a pass; false when one was already coming (or the schedule is stopped)
     */
    synchronized boolean wake() {
        if (stopped) {
            return false;
        }
        if (underway) {
            boolean first = !again;
            again = true;
            return first;
        }
        if (soon) {
            return false;
        }
        at(0);
        return true;
    }

    /** The pass is over; the next one comes after {@code delayMillis}, or at once if a wake-up came meanwhile. */
    synchronized void end(long delayMillis) {
        underway = false;
        if (!stopped) {
            at(again ? 0 : delayMillis);
        }
        again = false;
    }

    synchronized boolean underway() {
        return underway;
    }

    private void at(long delayMillis) {
        cancelTimer();
        soon = delayMillis <= 0;
        long mine = ++generation;
        timer = timers.set(Math.max(1, delayMillis), () -> fire(mine));
    }

    private void fire(long which) {
        synchronized (this) {
            if (stopped || underway || which != generation) {
                return;
            }
            underway = true;
            again = false;
            soon = false;
            timer = -1;
        }
        pass.run();
    }

    private void cancelTimer() {
        if (timer >= 0) {
            timers.cancel(timer);
            timer = -1;
        }
        soon = false;
    }
}
