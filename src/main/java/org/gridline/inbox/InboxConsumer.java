package org.gridline.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.gridline.platform.Channels;

/** Thin: hands each signal to the drainer, which orders and bounds the work. */
@ApplicationScoped
public class InboxConsumer {
    private final InboxDrainer drainer;

    public InboxConsumer(InboxDrainer drainer) {
        this.drainer = drainer;
    }

    @Incoming(Channels.INBOUND)
    public void onSignal(InboxSignal signal) {
        drainer.request(signal.openid());
    }
}
