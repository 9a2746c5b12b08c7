package org.gridline.platform.db;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a failure means "the database is not there" (refused, closed, timed out, shutting down) rather than a
 * fault of the operation itself (a constraint, bad SQL). Only the former is an outage: counted and summarised
 * instead of logged once per request, and answered 503.
 */
public final class DatabaseFailures {
    /** SQLSTATE classes and codes of a database that is gone or going: connection exceptions, shutdown, recovery. */
    private static final List<String> SQL_STATES = List.of("08", "57P01", "57P02", "57P03", "53300");
    /** How the PostgreSQL clients say it without a SQLSTATE; nothing else (the platform's HTTP client) says these. */
    private static final List<String> DATABASE_MARKERS = List.of(
            "ClosedConnectionException",
            "Failed to read any response from the server",
            "the database system is",
            "terminating connection due to",
            "DatabaseUnavailableException");
    /** Symptoms any remote call can show: an outage of the database only when they name its address. */
    private static final List<String> NETWORK_MARKERS = List.of(
            "connection refused", "connection reset", "connection closed", "connection was closed",
            "closedchannelexception", "connection timed out");
    private static volatile List<String> databasePorts = List.of();

    private DatabaseFailures() {
    }

    /** The database's ports (from the datasource URLs), which tell its network failures from other ones. */
    public static void databaseAt(String urls) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(\\d+)(?=[/?,]|$)").matcher(urls);
        List<String> ports = new java.util.ArrayList<>();
        while (m.find()) {
            ports.add(m.group(1));
        }
        databasePorts = List.copyOf(ports);
    }

    /** The outage this failure (or one of its causes) shows, as a short reason; empty for any other failure. */
    public static Optional<String> unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseUnavailableException) {
                return Optional.of(reason(t));
            }
            String state = sqlState(t);
            if (state != null && SQL_STATES.stream().anyMatch(state::startsWith)) {
                return Optional.of(reason(t));
            }
            if (poolTimeout(t) || mentionsOutage(t.getClass().getName() + ": " + t.getMessage())) {
                return Optional.of(reason(t));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a log message names one of the outage symptoms (logged without its exception, e.g. "claim failed: …").
     */
    public static boolean mentionsOutage(String text) {
        if (text == null) {
            return false;
        }
        if (DATABASE_MARKERS.stream().anyMatch(text::contains)) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return NETWORK_MARKERS.stream().anyMatch(lower::contains)
                && databasePorts.stream().anyMatch(port -> java.util.regex.Pattern.compile(":" + port + "(?!\\d)")
                .matcher(text).find());
    }

    /** The reactive pool found no free connection in time (every one is waiting on the database). */
    private static boolean poolTimeout(Throwable t) {
        return t.getClass().getName().equals("io.vertx.core.impl.NoStackTraceThrowable")
                && "Timeout".equals(t.getMessage());
    }

    private static String sqlState(Throwable t) {
        if (t instanceof java.sql.SQLException sql) {
            return sql.getSQLState();
        }
        if (t instanceof io.vertx.pgclient.PgException pg) {
            return pg.getSqlState();
        }
        return null;
    }

    private static String reason(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
        return t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
