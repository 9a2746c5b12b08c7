package org.gridline.platform.db;

import java.net.ConnectException;
import java.util.List;
import java.util.Optional;

/**
 * Whether a failure means "the database is not there" (refused, closed, timed out, shutting down) rather than a
 * fault of the operation itself (a constraint, bad SQL). Only the former is an outage: counted and summarised
 * instead of logged once per request, and answered 503.
 */
public final class DatabaseFailures {
    /** SQLSTATE classes and codes of a database that is gone or going: connection exceptions, shutdown, recovery. */
    private static final List<String> SQL_STATES = List.of("08", "57P01", "57P02", "57P03", "53300");
    /** How the Vert.x PostgreSQL client and the JDBC driver say the same, where they carry no SQLSTATE. */
    private static final List<String> MARKERS = List.of(
            "Connection refused",
            "Connection reset",
            "Connection closed",
            "connection was closed",
            "ClosedConnectionException",
            "ClosedChannelException",
            "Failed to read any response from the server",
            "the database system is starting up",
            "the database system is shutting down",
            "the database system is in recovery mode",
            "terminating connection due to administrator command",
            "Timeout while waiting for a connection",
            "Timed out waiting for the database",
            "Pool closed",
            "connection timed out",
            "Connection timed out");

    private DatabaseFailures() {
    }

    /** The outage this failure (or one of its causes) shows, as a short reason; empty for any other failure. */
    public static Optional<String> unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof DatabaseUnavailableException) {
                return Optional.of(reason(t));
            }
            String state = sqlState(t);
            if (state != null && SQL_STATES.stream().anyMatch(state::startsWith)) {
                return Optional.of(reason(t));
            }
            if (mentionsOutage(t.getClass().getSimpleName()) || mentionsOutage(t.getMessage())) {
                return Optional.of(reason(t));
            }
        }
        return Optional.empty();
    }

    /** Whether a log message names one of the outage symptoms (logged without its exception, e.g. "claim failed: …"). */
    public static boolean mentionsOutage(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return MARKERS.stream().anyMatch(m -> lower.contains(m.toLowerCase(java.util.Locale.ROOT)));
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
