package org.gridline.report.workorder;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.gridline.platform.SafeContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The counts the dispatch rule reads: each person's open orders (dispatched, accepted, suspended), nobody else's. */
@QuarkusTest
class DispatchTurnsTest extends TownTest {
    @Inject
    DispatchTurns turns;
    @Inject
    Vertx vertx;

    private void order(String assignee, String status) {
        String number = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 13);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        db.rows("""
                INSERT INTO report (number, reporter, category_code, level, description, grid_code, status, assignee,
                                    deadline, created_at, updated_at, clock_started_at, department_code)
                VALUES ($1, 'o_turns_resident', 'FAC', 3, '路灯', $2, $3, $4, $5, $5, $5, $5, 'QAPI')""",
                number, town.grid, status, assignee, now);
    }

    @Test
    void openOrdersCountOnlyTheOpenStatesOfThePeopleAsked() {
        String x = "o_turns_x_" + town.grid;
        String y = "o_turns_y_" + town.grid;
        String z = "o_turns_z_" + town.grid;
        order(x, "DISPATCHED");
        order(x, "SUSPENDED");
        order(y, "ACCEPTED");
        order(y, "CLOSED");
        order(y, "RESOLVED");
        order(z, "DISPATCHED");
        try {
            counts(x, y);
        } finally {
            db.rows("DELETE FROM report WHERE reporter = 'o_turns_resident'");
        }
    }

    private void counts(String x, String y) {
        Map<String, Integer> open = SafeContext.run(vertx, () -> turns.openOrders(List.of(x, y, "o_turns_nobody")))
                .await().atMost(Duration.ofSeconds(20));
        assertEquals(Map.of(x, 2, y, 1), open);
        assertEquals(Map.of(), SafeContext.run(vertx, () -> turns.openOrders(List.of())).await()
                .atMost(Duration.ofSeconds(20)));
    }
}
