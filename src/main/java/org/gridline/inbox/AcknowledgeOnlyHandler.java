package org.gridline.inbox;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.wechat.InboundMessage;

/**
 * Until a feature that understands messages is installed, a processed message is only recorded as handled
 * (processed time and sequence). The conversation feature replaces this bean.
 */
@DefaultBean
@ApplicationScoped
public class AcknowledgeOnlyHandler implements InboundHandler {
    @Override
    public Uni<Void> handle(InboundMessage message) {
        return Uni.createFrom().voidItem();
    }
}
