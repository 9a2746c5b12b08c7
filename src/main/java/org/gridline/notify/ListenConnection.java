package org.gridline.notify;

import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;

import java.security.SecureRandom;
import java.time.Duration;

/**
 * A connection of its own (a {@link PgSubscriber}, outside the pool) that LISTENs on one channel. It opens again with
 * backoff whenever it is lost or cannot be opened, and says so through {@code listening} each time LISTEN is in
 * place: notifications sent while it was gone are lost, so whoever listens should look once then. While open it sends
 * {@code SELECT 1} every half read-idle timeout, so a server that went silent (no byte for that long) closes it too.
 */
final class ListenConnection {
    private static final Backoff RECONNECT = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10),
            Integer.MAX_VALUE, new SecureRandom());

    private final Vertx vertx;
    private final PgConnectOptions options;
    private final String channel;
    private final Runnable listening;
    private final Runnable notified;
    private boolean open;
    private PgSubscriber current;
    private int failures;
    private long timer = -1;

    ListenConnection(Vertx vertx, PgConnectOptions options, String channel, Runnable listening, Runnable notified) {
        this.vertx = vertx;
        this.options = options;
        this.channel = channel;
        this.listening = listening;
        this.notified = notified;
    }

    synchronized void open() {
        open = true;
        connect();
    }

    /** Closes the connection for good (no reconnect). */
    synchronized void close() {
        open = false;
        cancelTimer();
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private synchronized void connect() {
        if (!open) {
            return;
        }
        PgSubscriber subscriber = PgSubscriber.subscriber(vertx, options);
        current = subscriber;
        subscriber.channel(channel).subscribeHandler(v -> listened(subscriber)).handler(payload -> notified.run());
        subscriber.closeHandler(v -> lost(subscriber, null));
        subscriber.connect().onFailure(e -> lost(subscriber, e));
    }

    private void listened(PgSubscriber subscriber) {
        synchronized (this) {
            if (subscriber != current) {
                return;
            }
            if (failures > 0) {
                Log.infof("Listening for outbox commits again on %s", channel);
            }
            failures = 0;
            cancelTimer();
            timer = vertx.setPeriodic(Math.max(1000, options.getReadIdleTimeout() / 2), id -> heartbeat(subscriber));
        }
        listening.run();
    }

    /** The connection closed or could not be opened: another one after a backoff, unless we are closing. */
    private synchronized void lost(PgSubscriber subscriber, Throwable failure) {
        if (subscriber != current || !open) {
            return;
        }
        current = null;
        subscriber.close();
        cancelTimer();
        long delay = RECONNECT.nextDelay(++failures).toMillis(); // attempts count from 1
        String why = failure == null ? "connection closed" : failure.toString();
        if (failures == 1) {
            Log.warnf("Not listening for outbox commits on %s (%s): the poll delivers meanwhile; retrying",
                    channel, why);
        } else {
            Log.debugf("Listening on %s failed again (%s); retrying in %d ms", channel, why, delay);
        }
        timer = vertx.setTimer(Math.max(1, delay), id -> connect());
    }

    private void heartbeat(PgSubscriber subscriber) {
        var connection = subscriber.actualConnection();
        if (connection != null) {
            connection.query("SELECT 1").execute(); // an answer, or the read-idle timeout closes the connection
        }
    }

    private void cancelTimer() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
    }
}
