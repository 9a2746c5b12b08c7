package org.gridline.platform;

/**
 * Names of the messaging channels between stages, shared by producers, consumers and tests.
 * <p>
 * By default every channel is in-process: SmallRye connects an {@code Emitter} and an {@code @Incoming} of the same
 * name directly (no connector, nothing to install). Channels only carry work: the database holds the only durable copy
 * of every message (inbox, outbox), and scheduled re-drives resend whatever a crash or a full buffer lost. The
 * {@code kafka} profile maps the same names to topics keyed by openid, so each user's messages stay ordered on one
 * instance at a time.
 */
public final class Channels {
    /** A user has stored inbox messages to process; payload {@link org.gridline.inbox.InboxSignal}, key openid. */
    public static final String INBOUND = "inbound";

    private Channels() {
    }
}
