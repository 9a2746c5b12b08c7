package org.gridline.platform.db;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;

/**
 * What an outage of the database looks like in the log: one line when it starts, a summary every
 * {@code summaryEvery} while it lasts ("unavailable for 40 s, 1,234 operations failed"), one line when it is over.
 * Failed operations are counted by where they failed instead of each logging its stack trace. Plain rules on a
 * given clock; {@link #jvm()} is the one instance the log filter, the probe and the health checks share.
 */
public final class DatabaseOutage {
    private static final DatabaseOutage JVM = new DatabaseOutage(Duration.ofSeconds(30));

    /** A line to log. */
    public record Line(Level level, String text) {
        /**
         * Logs it under this class's name, which {@link OutageLogFilter} lets through: the line names the failure
         * ("Connection refused …") and would otherwise be counted as one more.
         */
        public void log() {
            java.util.logging.Logger.getLogger(DatabaseOutage.class.getName()).log(level, text);
        }
    }

    private volatile Duration summaryEvery;
    private Instant since;
    private Instant lastSummary;
    private long failed;
    private long failedSinceSummary;
    private final Map<String, Long> bySource = new TreeMap<>();

    DatabaseOutage(Duration summaryEvery) {
        this.summaryEvery = summaryEvery;
    }

    public static DatabaseOutage jvm() {
        return JVM;
    }

    void summaryEvery(Duration every) {
        this.summaryEvery = every;
    }

    /** An operation failed because the database is unavailable: the first one of an outage is announced. */
    public synchronized Optional<Line> failed(String source, String reason, Instant now) {
        failed++;
        failedSinceSummary++;
        bySource.merge(shortName(source), 1L, Long::sum);
        if (since == null) {
            since = now;
            lastSummary = now;
            return Optional.of(new Line(Level.WARNING, "Database unavailable: " + reason + " (in " + shortName(source)
                    + "). Failed operations are counted and summarised every " + summaryEvery.toSeconds()
                    + " s instead of logged one by one."));
        }
        return summaryDue(now);
    }

    /** The database answered: the end of an outage, if there was one. */
    public synchronized Optional<Line> answered(Instant now) {
        if (since == null) {
            return Optional.empty();
        }
        Line line = new Line(Level.INFO, String.format("Database available again after %d s; %,d operations failed "
                + "during the outage (%s)", Duration.between(since, now).toSeconds(), failed, sources()));
        since = null;
        failed = 0;
        failedSinceSummary = 0;
        bySource.clear();
        return Optional.of(line);
    }

    /** A summary when one is due (called by the failures themselves and by the periodic probe). */
    public synchronized Optional<Line> summaryDue(Instant now) {
        if (since == null || Duration.between(lastSummary, now).compareTo(summaryEvery) < 0) {
            return Optional.empty();
        }
        lastSummary = now;
        Line line = new Line(Level.WARNING, String.format("Database unavailable for %d s, %,d operations failed "
                        + "(%,d since the last summary; %s)", Duration.between(since, now).toSeconds(), failed,
                failedSinceSummary, sources()));
        failedSinceSummary = 0;
        return Optional.of(line);
    }

    /** How long the database has been unavailable; empty while it answers. */
    public synchronized Optional<Duration> unavailableFor(Instant now) {
        return since == null ? Optional.empty() : Optional.of(Duration.between(since, now));
    }

    private String sources() {
        StringBuilder text = new StringBuilder();
        bySource.forEach((source, n) -> text.append(text.isEmpty() ? "" : ", ").append(source).append(' ').append(n));
        return text.toString();
    }

    private static String shortName(String logger) {
        if (logger == null || logger.isEmpty()) {
            return "unknown";
        }
        return logger.substring(logger.lastIndexOf('.') + 1);
    }
}
