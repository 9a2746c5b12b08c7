package org.gridline.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.db.PgErrors;
import org.gridline.wechat.InboundMessage;
import org.gridline.wechat.PushNonce;
import org.gridline.wechat.ReplayedPush;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stores pushes durably with a group commit: messages that arrive while earlier writes are in flight are written
 * together, in one transaction and one fsync ({@link InboxBatch}). At low load a message is written alone at once (no
 * timer adds latency); under load, batches grow by themselves. Each caller's {@code Uni} completes only when the
 * transaction holding its message has committed. The same transaction records each push's signed (timestamp, nonce)
 * and leaves out replays ({@link InboxNonces}).
 * <p>
 * A batch the database refuses (one row it cannot store must not fail the others) is split in halves and written
 * again, down to single rows, so only the offending row fails; a lost connection fails the batch as it is.
 */
@ApplicationScoped
public class InboxWriter {
    private final InboxBatch batches;
    private final ObjectMapper json;
    private final int maxBatch;
    private final int maxInFlight;
    private final Queue<PendingPush> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();

    public InboxWriter(InboxBatch batches, ObjectMapper json, InboxConfig config) {
        this.batches = batches;
        this.json = json;
        this.maxBatch = config.maxBatch();
        this.maxInFlight = config.maxBatchesInFlight();
    }

    /** Completes once the message (or an earlier copy of it) is committed. */
    public Uni<Void> write(InboundMessage message) {
        return write(message, null);
    }

    /**
     * Completes once the message (or an earlier copy of it) is committed with its signed pair; fails with
     * {@link ReplayedPush} (storing nothing) when another message already used the pair. {@code nonce} may be null.
     */
    public Uni<Void> write(InboundMessage message, PushNonce nonce) {
        String payload = toJson(message);
        return Uni.createFrom().emitter(emitter -> {
            queue.add(new PendingPush(message, nonce, payload, emitter));
            flushWhileCapacity();
        });
    }

    private void flushWhileCapacity() {
        while (!queue.isEmpty()) {
            int current = inFlight.get();
            if (current >= maxInFlight) {
                return; // a finishing batch calls us again
            }
            if (!inFlight.compareAndSet(current, current + 1)) {
                continue;
            }
            List<PendingPush> batch = take();
            if (batch.isEmpty()) {
                inFlight.decrementAndGet();
                continue;
            }
            attempt(batch, true).subscribe().with(this::finish);
        }
    }

    private List<PendingPush> take() {
        List<PendingPush> batch = new ArrayList<>();
        for (PendingPush p; batch.size() < maxBatch && (p = queue.poll()) != null; ) {
            batch.add(p);
        }
        return batch;
    }

    private void finish(List<Written> results) {
        inFlight.decrementAndGet();
        flushWhileCapacity();
        for (Written w : results) {
            if (w.failure() == null) {
                w.pending().emitter.complete(null);
            } else {
                w.pending().emitter.fail(w.failure());
            }
        }
    }

    /** Writes a batch and says how each row fared; never fails. A batch the database refuses is written in halves. */
    private Uni<List<Written>> attempt(List<PendingPush> batch, boolean first) {
        return batches.insert(batch)
                .map(replays -> batch.stream().map(p -> new Written(p, replays.contains(p) ? new ReplayedPush() : null))
                        .toList())
                .onFailure(e -> batch.size() > 1 && refusedByDatabase(e)).recoverWithUni(e -> {
                    if (first) {
                        Log.warnf("The database refused an inbox batch of %d (SQLSTATE %s); writing it again in halves,"
                                + " down to single rows", batch.size(), sqlState(e));
                    }
                    int half = batch.size() / 2;
                    return attempt(batch.subList(0, half), false).chain(one ->
                            attempt(batch.subList(half, batch.size()), false).map(two -> concat(one, two)));
                })
                .onFailure().recoverWithItem(e -> batch.stream().map(p -> new Written(p, e)).toList());
    }

    /** The server answered with an error for this statement (bad data, a limit): other rows may well be fine. */
    private static boolean refusedByDatabase(Throwable e) {
        return sqlState(e) != null;
    }

    private static String sqlState(Throwable e) {
        return PgErrors.sqlState(e);
    }

    private static List<Written> concat(List<Written> first, List<Written> second) {
        List<Written> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private String toJson(InboundMessage message) {
        try {
            // PostgreSQL text and jsonb cannot hold U+0000; a JSON push may carry it escaped: a visible mark instead.
            return json.writeValueAsString(message).replace("\\u0000", "\\ufffd");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An inbound message could not be serialised", e);
        }
    }

    /** How one row fared: null failure = committed. */
    private record Written(PendingPush pending, Throwable failure) {
    }
}
