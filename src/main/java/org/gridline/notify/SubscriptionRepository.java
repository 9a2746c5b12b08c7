package org.gridline.notify;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.db.Sql;

/**
 * The rows of {@code subscription}, one per user and template: how many one-time sends are left. Granted and
 * withdrawn here, in the transaction processing the user's event ({@link Sql}); consumed by the delivery side's claim
 * ({@link OutboxStore#takeSubscription}).
 */
@ApplicationScoped
class SubscriptionRepository {
    private static final String GRANT = """
            INSERT INTO subscription (openid, template_id, remaining) VALUES (?1, ?2, 1)
            ON CONFLICT (openid, template_id)
            DO UPDATE SET remaining = subscription.remaining + 1, updated_at = now()""";
    private static final String WITHDRAW =
            "UPDATE subscription SET remaining = 0, updated_at = now() WHERE openid = ?1 AND template_id = ?2";

    private final Sql sql;

    SubscriptionRepository(Sql sql) {
        this.sql = sql;
    }

    /** One more send allowed. */
    Uni<Void> grant(String openid, String templateId) {
        return sql.update(GRANT, openid, templateId).replaceWithVoid();
    }

    /** None left. */
    Uni<Void> withdraw(String openid, String templateId) {
        return sql.update(WITHDRAW, openid, templateId).replaceWithVoid();
    }
}
