package org.gridline.points;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger's SQL, on the reactive client. A transfer is posted by the database function {@code ledger_post}
 * (migration V20) in one statement: one round trip and one implicit transaction, with the locks taken in a fixed
 * order. Hibernate is not used here: nothing is loaded to be changed, and the point is one statement per transfer.
 */
@ApplicationScoped
public class LedgerRepository {
    private static final String POST = "SELECT * FROM ledger_post($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";
    private static final String BY_ID = "SELECT FALSE, * FROM ledger_transfer_view WHERE id = $1";
    private static final String BY_KEY = """
            SELECT FALSE, v.* FROM ledger_transfer t JOIN ledger_transfer_view v ON v.id = t.id
            WHERE t.idempotency_key = $1""";
    private static final String BALANCE = """
            SELECT COALESCE(SUM(balance) FILTER (WHERE type = 'VOLUNTEER'), 0),
                   COALESCE(SUM(balance) FILTER (WHERE type = 'HELD'), 0)
            FROM ledger_account WHERE owner = $1 AND type IN ('VOLUNTEER', 'HELD')""";
    private static final String ENTRIES = """
            SELECT e.transfer_id, t.kind, t.reference, t.reason, e.amount, e.balance_after, e.created_at
            FROM ledger_account a
            JOIN ledger_entry e ON e.account_id = a.id
            JOIN ledger_transfer t ON t.id = e.transfer_id
            WHERE a.type = 'VOLUNTEER' AND a.owner = $1
            ORDER BY e.id DESC LIMIT $2 OFFSET $3""";

    private final Pool pool;

    public LedgerRepository(Pool pool) {
        this.pool = pool;
    }

    /** Posts the transfer, or finds the one already posted under its key ({@link Posted#created()} false). */
    public Uni<Posted> post(TransferRequest r, Long reversedTransferId, Instant at) {
        Tuple params = Tuple.from(new Object[]{r.idempotencyKey(), r.from().type().name(), r.from().owner(),
                r.to().type().name(), r.to().owner(), r.amount(), r.kind().name(), r.reference(), r.reason(),
                reversedTransferId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)});
        return pool.preparedQuery(POST).execute(params)
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Posted(transfer(row), row.getBoolean(0));
                });
    }

    /** The transfer, or null. */
    public Uni<Transfer> byId(long id) {
        return pool.preparedQuery(BY_ID).execute(Tuple.of(id)).map(LedgerRepository::firstOrNull);
    }

    /** The transfer posted under the key, or null. */
    public Uni<Transfer> byKey(String idempotencyKey) {
        return pool.preparedQuery(BY_KEY).execute(Tuple.of(idempotencyKey)).map(LedgerRepository::firstOrNull);
    }

    public Uni<Balance> balance(String openid) {
        return pool.preparedQuery(BALANCE).execute(Tuple.of(openid)).map(rows -> {
            Row row = rows.iterator().next();
            return new Balance(openid, row.getLong(0), row.getLong(1));
        });
    }

    /** Entries of the volunteer's available account, newest first. */
    public Uni<List<StatementEntry>> entries(String openid, int limit, long offset) {
        return pool.preparedQuery(ENTRIES).execute(Tuple.of(openid, limit, offset)).map(rows -> {
            List<StatementEntry> entries = new ArrayList<>();
            for (Row row : rows) {
                entries.add(new StatementEntry(row.getLong(0), TransferKind.valueOf(row.getString(1)),
                        row.getString(2), row.getString(3), row.getLong(4), row.getLong(5),
                        row.getOffsetDateTime(6).toInstant()));
            }
            return entries;
        });
    }

    private static Transfer firstOrNull(RowSet<Row> rows) {
        return rows.size() == 0 ? null : transfer(rows.iterator().next());
    }

    /** Columns: created flag, then those of {@code ledger_transfer_view}. */
    private static Transfer transfer(Row row) {
        return new Transfer(row.getLong(1), row.getString(2),
                new AccountRef(AccountType.valueOf(row.getString(3)), row.getString(4)),
                new AccountRef(AccountType.valueOf(row.getString(5)), row.getString(6)),
                row.getLong(7), TransferKind.valueOf(row.getString(8)), row.getString(9), row.getString(10),
                row.getOffsetDateTime(11).toInstant(), row.getLong(12));
    }

    /** A transfer and whether this call posted it. */
    public record Posted(Transfer transfer, boolean created) {
    }
}
