package org.gridline.points;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.db.Sql;
import org.gridline.platform.error.Constraints;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The ledger's SQL, on the reactive client. A transfer is posted by the database function {@code ledger_post}
 * (migration V20) in one statement: one round trip, with the locks taken in a fixed order. No entity is loaded to be
 * changed; {@link Sql} runs the statements in the caller's transaction when there is one, else in their own.
 */
@ApplicationScoped
public class LedgerRepository {
    private static final String POST_ARGS = """
            (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS VARCHAR), CAST(?9 AS VARCHAR), CAST(?10 AS BIGINT), ?11)""";
    private static final String POST = "SELECT * FROM ledger_post" + POST_ARGS;
    /** In the caller's transaction: no row instead of an error when a volunteer balance would go negative. */
    private static final String TRY_POST = "SELECT * FROM ledger_try_post" + POST_ARGS;
    private static final String BY_ID = "SELECT FALSE, * FROM ledger_transfer_view WHERE id = ?1";
    private static final String BY_KEY = """
            SELECT FALSE, v.* FROM ledger_transfer t JOIN ledger_transfer_view v ON v.id = t.id
            WHERE t.idempotency_key = ?1""";
    private static final String BALANCE = """
            SELECT COALESCE(SUM(balance) FILTER (WHERE type = 'VOLUNTEER'), 0),
                   COALESCE(SUM(balance) FILTER (WHERE type = 'HELD'), 0)
            FROM ledger_account WHERE owner = ?1 AND type IN ('VOLUNTEER', 'HELD')""";
    private static final String ENTRIES = """
            SELECT e.transfer_id, t.kind, t.reference, t.reason, e.amount, e.balance_after, e.created_at
            FROM ledger_account a
            JOIN ledger_entry e ON e.account_id = a.id
            JOIN ledger_transfer t ON t.id = e.transfer_id
            WHERE a.type = 'VOLUNTEER' AND a.owner = ?1
            ORDER BY e.id DESC LIMIT ?2 OFFSET ?3""";

    private static final String REVERSED_ONCE = "ledger_transfer_reversed";

    private final Sql sql;

    public LedgerRepository(Sql sql) {
        this.sql = sql;
    }

    /**
     * Posts the transfer, or finds the one already posted under its key ({@link Posted#created()} false). In the
     * caller's transaction, a posting that would make a volunteer balance negative gives {@link Posted#refused()}; on
     * its own, it fails with the constraint {@code ledger_account_non_negative}.
     */
    public Uni<Posted> post(TransferRequest r, Long reversedTransferId, Instant at) {
        Object[] params = {r.idempotencyKey(), r.from().type().name(), r.from().owner(), r.to().type().name(),
                r.to().owner(), r.amount(), r.kind().name(), r.reference(), r.reason(), reversedTransferId,
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC)};
        return sql.inTransaction().chain(joined -> {
            Uni<Posted> posted = sql.rows(joined ? TRY_POST : POST, params).map(rows -> rows.isEmpty()
                    ? Posted.REFUSED : new Posted(transfer(rows.get(0)), (Boolean) rows.get(0)[0]));
            return joined ? posted : posted.onFailure(LedgerRepository::racedReversal)
                    .recoverWithUni(e -> replayOf(r.idempotencyKey(), e));
        });
    }

    private Uni<Posted> replayOf(String idempotencyKey, Throwable failure) {
        return byKey(idempotencyKey).map(existing -> {
            if (existing == null) {
                throw failure instanceof RuntimeException re ? re : new IllegalStateException(failure);
            }
            return new Posted(existing, false);
        });
    }

    /**
     * Two replays of one reversal at once: ON CONFLICT waits only on the idempotency key, so the second can fail on the
     * other unique index ({@code ledger_transfer_reversed}) instead of finding the first. It is then a replay.
     */
    private static boolean racedReversal(Throwable failure) {
        return REVERSED_ONCE.equals(Constraints.violated(failure));
    }

    /** The transfer, or null. */
    public Uni<Transfer> byId(long id) {
        return sql.rows(BY_ID, id).map(LedgerRepository::firstOrNull);
    }

    /** The transfer posted under the key, or null. */
    public Uni<Transfer> byKey(String idempotencyKey) {
        return sql.rows(BY_KEY, idempotencyKey).map(LedgerRepository::firstOrNull);
    }

    public Uni<Balance> balance(String openid) {
        return sql.rows(BALANCE, openid)
                .map(rows -> new Balance(openid, number(rows.get(0)[0]), number(rows.get(0)[1])));
    }

    /** Entries of the volunteer's available account, newest first. */
    public Uni<List<StatementEntry>> entries(String openid, int limit, long offset) {
        return sql.rows(ENTRIES, openid, limit, offset).map(rows -> rows.stream().map(v -> new StatementEntry(
                number(v[0]), TransferKind.valueOf((String) v[1]), (String) v[2], (String) v[3], number(v[4]),
                number(v[5]), instant(v[6]))).toList());
    }

    private static Transfer firstOrNull(List<Object[]> rows) {
        return rows.isEmpty() ? null : transfer(rows.get(0));
    }

    /** Columns: created flag, then those of {@code ledger_transfer_view}. */
    private static Transfer transfer(Object[] v) {
        return new Transfer(number(v[1]), (String) v[2],
                new AccountRef(AccountType.valueOf((String) v[3]), (String) v[4]),
                new AccountRef(AccountType.valueOf((String) v[5]), (String) v[6]), number(v[7]),
                TransferKind.valueOf((String) v[8]), (String) v[9], (String) v[10], instant(v[11]),
                v[12] == null ? null : number(v[12]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** The pool gives {@link OffsetDateTime}; a Hibernate native query may give another temporal type. */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return (Instant) value;
    }

    /** A transfer and whether this call posted it. */
    public record Posted(Transfer transfer, boolean created) {
        static final Posted REFUSED = new Posted(null, false);

        boolean refused() {
            return transfer == null;
        }
    }
}
