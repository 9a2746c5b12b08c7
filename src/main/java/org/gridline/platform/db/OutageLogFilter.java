package org.gridline.platform.db;

import io.quarkus.logging.LoggingFilter;
import org.jboss.logmanager.ExtLogRecord;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Keeps a database outage from flooding the log: a WARN or ERROR record that fails because the database is
 * unavailable (its exception, or its text when logged without one) is counted in {@link DatabaseOutage} instead of
 * printed, wherever it comes from (inbox, delivery, scheduled jobs, requests). The outage itself is logged once, then
 * summarised. Installed on the console handler ({@code quarkus.log.console.filter}).
 */
@LoggingFilter(name = "database-outage")
public final class OutageLogFilter implements Filter {
    private static final String OWN = DatabaseOutage.class.getName();

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getLevel().intValue() < Level.WARNING.intValue() || OWN.equals(record.getLoggerName())) {
            return true;
        }
        Optional<String> reason = record.getThrown() == null ? Optional.empty()
                : DatabaseFailures.unavailable(record.getThrown());
        if (reason.isEmpty()) {
            String text = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            reason = DatabaseFailures.mentionsOutage(text) ? Optional.of(firstLine(text)) : Optional.empty();
        }
        if (reason.isEmpty()) {
            return true;
        }
        // logged from another thread: a handler does not print what is logged from inside its own filter
        DatabaseOutage.jvm().failed(record.getLoggerName(), reason.get(), Instant.now())
                .ifPresent(line -> CompletableFuture.runAsync(line::log));
        return false;
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }
}
