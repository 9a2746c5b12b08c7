package org.gridline.inbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.gridline.wechat.InboundMessage;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A handler that fails on purpose, enabled only by {@link FlakyHandlerProfile}: "fail-once" fails the first attempt of
 * each message, "fail-while-broken" fails for as long as {@link #BROKEN} is set.
 */
@Alternative
@ApplicationScoped
public class FlakyHandler implements InboundHandler {
    static final AtomicBoolean BROKEN = new AtomicBoolean();
    private static final Set<String> FAILED_ONCE = ConcurrentHashMap.newKeySet();

    @Override
    public Uni<Void> handle(InboundMessage message) {
        String content = message.content() == null ? "" : message.content();
        if (content.startsWith("fail-once") && FAILED_ONCE.add(message.dedupKey())) {
            return Uni.createFrom().failure(new IllegalStateException("first attempt fails"));
        }
        if (content.startsWith("fail-while-broken") && BROKEN.get()) {
            return Uni.createFrom().failure(new IllegalStateException("handler is broken"));
        }
        return Uni.createFrom().voidItem();
    }
}
