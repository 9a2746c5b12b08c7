package org.gridline.platform.db;

import io.vertx.pgclient.PgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** An outage in the log: announced once, summarised while it lasts, closed with a total; what counts as one. */
class DatabaseOutageTest {
    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void firstFailureIsAnnouncedThenCountedAndSummarisedThenClosed() {
        DatabaseOutage outage = new DatabaseOutage(Duration.ofSeconds(30));
        assertTrue(outage.answered(T0).isEmpty(), "nothing to say while the database answers");

        DatabaseOutage.Line start = outage.failed("org.gridline.inbox.InboxRedrive", "Connection refused", T0)
                .orElseThrow();
        assertEquals(Level.WARNING, start.level());
        assertTrue(start.text().startsWith("Database unavailable: Connection refused (in InboxRedrive)"), start.text());
        for (int i = 1; i < 1234; i++) {
            assertTrue(outage.failed("org.gridline.notify.DeliveryWorker", "Connection refused", T0.plusSeconds(i % 29))
                    .isEmpty(), "no line per failure");
        }
        assertTrue(outage.summaryDue(T0.plusSeconds(29)).isEmpty());
        DatabaseOutage.Line summary = outage.summaryDue(T0.plusSeconds(40)).orElseThrow();
        assertEquals("Database unavailable for 40 s, 1,234 operations failed (1,234 since the last summary; "
                + "DeliveryWorker 1233, InboxRedrive 1)", summary.text());
        assertTrue(outage.summaryDue(T0.plusSeconds(50)).isEmpty(), "next summary 30 s after the last one");
        assertEquals(Duration.ofSeconds(52), outage.unavailableFor(T0.plusSeconds(52)).orElseThrow());

        DatabaseOutage.Line end = outage.answered(T0.plusSeconds(52)).orElseThrow();
        assertEquals(Level.INFO, end.level());
        assertTrue(end.text().startsWith("Database available again after 52 s; 1,234 operations failed"), end.text());
        assertTrue(outage.unavailableFor(T0.plusSeconds(53)).isEmpty());
        assertTrue(outage.failed("x", "Connection refused", T0.plusSeconds(60)).isPresent(),
                "a new outage is announced");
    }

    static Stream<Arguments> failures() {
        DatabaseFailures.databaseAt("postgresql://db.example:5432/gridline");
        return Stream.of(
                Arguments.of(new ConnectException("Connection refused: db.example/10.0.0.7:5432"), true),
                Arguments.of(new CompletionException(new ConnectException("Connection refused: db/10.0.0.7:5432")),
                        true),
                // the platform's API down is not a database outage
                Arguments.of(new ConnectException("Connection refused: api.weixin.qq.com/1.2.3.4:443"), false),
                Arguments.of(new ConnectException("Connection refused: localhost/127.0.0.1:54321"), false),
                Arguments.of(new PgException("FATAL: the database system is starting up", "FATAL", "57P03", null),
                        true),
                Arguments.of(new PgException("terminating connection due to administrator command", "FATAL", "57P01",
                        null), true),
                Arguments.of(new SQLException("Connection to localhost:5432 refused", "08001"), true),
                Arguments.of(new RuntimeException(io.vertx.sqlclient.ClosedConnectionException.INSTANCE), true),
                Arguments.of(new DatabaseUnavailableException("no answer within 2000 ms"), true),
                // the reactive pool's wait for a free connection (all of them waiting on a frozen database)
                Arguments.of(new io.vertx.core.impl.NoStackTraceThrowable("Timeout"), true),
                Arguments.of(new PgException("duplicate key value violates unique constraint", "ERROR", "23505", null),
                        false),
                Arguments.of(new PgException("syntax error at or near \"SELEC\"", "ERROR", "42601", null), false),
                Arguments.of(new PgException("canceling statement due to statement timeout", "ERROR", "57014", null),
                        false),
                Arguments.of(new IllegalStateException("report R1 is already closed"), false));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void anOutageIsAFailureToReachTheDatabaseNotAFailedStatement(Throwable failure, boolean outage) {
        assertEquals(outage, DatabaseFailures.unavailable(failure).isPresent(), failure.toString());
    }

    @Test
    void messagesLoggedWithoutTheirExceptionAreRecognisedByTheirText() {
        DatabaseFailures.databaseAt("postgresql://localhost:41265/postgres");
        assertTrue(DatabaseFailures.mentionsOutage("Inbox re-drive failed: io.vertx.core.net.ConnectException: "
                + "Connection refused: localhost/127.0.0.1:41265"));
        assertFalse(DatabaseFailures.mentionsOutage("Delivery of outbox message 7 failed: io.vertx.core.net."
                + "ConnectException: Connection refused: localhost/127.0.0.1:8089"),
                "the platform stub, not the database");
        assertTrue(DatabaseFailures.mentionsOutage("Outbox claim failed: io.vertx.sqlclient.ClosedConnectionException: "
                + "Failed to read any response from the server"));
        assertFalse(DatabaseFailures.mentionsOutage("Outbox message 12 is a dead letter: 40003 invalid openid"));
    }
}
