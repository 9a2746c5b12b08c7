package org.gridline.platform.db;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Sql} joins the caller's transaction when there is one and runs on its own otherwise. */
@QuarkusTest
class SqlTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TABLE = "sql_test_probe";

    @Inject
    Sql sql;
    @Inject
    Mutiny.SessionFactory sessions;

    @BeforeEach
    void table() {
        await(sql.update("CREATE TABLE IF NOT EXISTS " + TABLE + " (id text PRIMARY KEY, n integer)"));
    }

    @AfterEach
    void dropTable() {
        await(sql.update("DROP TABLE IF EXISTS " + TABLE));
    }

    @Test
    void outsideATransactionAStatementCommitsOnItsOwn() {
        String id = UUID.randomUUID().toString();
        assertEquals(1, await(sql.update("INSERT INTO " + TABLE + " VALUES (?1, ?2)", id, 7)));
        assertEquals(7, ((Number) await(sql.rows("SELECT n FROM " + TABLE + " WHERE id = ?1", id)).get(0)[0])
                .intValue());
        assertFalse(await(sql.inTransaction()));
    }

    @Test
    void insideATransactionStatementsRollBackWithIt() {
        String id = UUID.randomUUID().toString();
        Uni<Object> failing = sessions.withTransaction(session -> sql.inTransaction()
                .invoke(joined -> assertTrue(joined))
                .chain(() -> sql.update("INSERT INTO " + TABLE + " VALUES (?1, 1)", id))
                .chain(() -> Uni.createFrom().failure(new IllegalStateException("the caller fails"))));
        assertThrows(IllegalStateException.class, () -> await(failing));
        assertEquals(0, await(sql.rows("SELECT id FROM " + TABLE + " WHERE id = ?1", id)).size());
    }

    @Test
    void insideATransactionStatementsCommitWithIt() {
        String id = UUID.randomUUID().toString();
        await(sessions.withTransaction(session -> sql.update("INSERT INTO " + TABLE + " VALUES (?1, 2)", id)
                .chain(() -> sql.rows("SELECT n FROM " + TABLE + " WHERE id = ?1", id))
                .invoke(rows -> assertEquals(1, rows.size(), "the transaction sees its own row"))));
        assertEquals(1, await(sql.rows("SELECT id FROM " + TABLE + " WHERE id = ?1", id)).size());
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(WAIT);
    }
}
