package org.gridline.points;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.db.Sql;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the {@link LedgerCheck} (awards above {@code gridline.points.max-award} included; one statement, so one
 * consistent snapshot even while transfers are posted), logs any violation at ERROR and publishes the number of
 * violation kinds as the gauge {@code gridline_ledger_violations}.
 */
@ApplicationScoped
public class LedgerChecker {
    private static final String CHECK = """
            WITH running AS (
                SELECT account_id, amount, balance_after,
                       SUM(amount) OVER (PARTITION BY account_id ORDER BY id) AS expected_after
                FROM ledger_entry),
            per_account AS (
                SELECT account_id, SUM(amount) AS total,
                       COUNT(*) FILTER (WHERE expected_after <> balance_after) AS broken_running
                FROM running GROUP BY account_id),
            accounts AS (
                SELECT a.type, a.balance, COALESCE(p.total, 0) AS total, COALESCE(p.broken_running, 0) AS broken
                FROM ledger_account a LEFT JOIN per_account p ON p.account_id = a.id),
            per_transfer AS (
                SELECT t.id, COUNT(e.id) AS entries,
                       COUNT(*) FILTER (WHERE e.account_id = t.from_account AND e.amount = -t.amount) AS debits,
                       COUNT(*) FILTER (WHERE e.account_id = t.to_account AND e.amount = t.amount) AS credits
                FROM ledger_transfer t LEFT JOIN ledger_entry e ON e.transfer_id = t.id GROUP BY t.id)
            SELECT
                (SELECT COALESCE(SUM(amount), 0) FROM ledger_entry),
                (SELECT COUNT(*) FROM accounts WHERE balance <> total OR broken > 0),
                (SELECT COUNT(*) FROM accounts WHERE type IN ('VOLUNTEER', 'HELD') AND (balance < 0 OR total < 0)),
                (SELECT COUNT(*) FROM per_transfer WHERE entries <> 2 OR debits <> 1 OR credits <> 1),
                (SELECT COUNT(*) FROM (SELECT 1 FROM ledger_transfer GROUP BY idempotency_key
                                       HAVING COUNT(*) > 1) d),
                (SELECT COUNT(*) FROM (SELECT 1 FROM ledger_transfer WHERE reversed_transfer_id IS NOT NULL
                                       GROUP BY reversed_transfer_id HAVING COUNT(*) > 1) r),
                (SELECT COUNT(*) FROM ledger_transfer a WHERE a.kind = 'AWARD' AND a.amount > ?1
                    AND NOT EXISTS (SELECT 1 FROM ledger_transfer r WHERE r.reversed_transfer_id = a.id))""";

    private final Sql sql;
    private final PointsConfig config;
    private final AtomicLong violations = new AtomicLong();

    public LedgerChecker(Sql sql, PointsConfig config, MeterRegistry registry) {
        this.sql = sql;
        this.config = config;
        registry.gauge("gridline.ledger.violations", violations);
    }

    public Uni<LedgerCheck> check() {
        return sql.rows(CHECK, config.maxAward()).map(rows -> record(read(rows.get(0))));
    }

    private LedgerCheck record(LedgerCheck check) {
        violations.set(check.violations());
        if (check.violations() > 0) {
            Log.errorf("Ledger check found violations: %s", check);
        }
        return check;
    }

    private static LedgerCheck read(Object[] row) {
        return new LedgerCheck(count(row[0]), count(row[1]), count(row[2]), count(row[3]), count(row[4]),
                count(row[5]), count(row[6]));
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
