package org.gridline.notify;

import java.time.OffsetDateTime;

/** A message delivery gave up on, with the platform's last word on it. */
public record DeadLetter(long id, String openid, OutboxKind kind, String templateId, int attempts, Integer lastErrcode,
                         String lastError, String source, OffsetDateTime createdAt) {

    static DeadLetter of(OutboxMessage m) {
        return new DeadLetter(m.id, m.openid, m.kind, m.templateId, m.attempts, m.lastErrcode, m.lastError, m.source,
                m.createdAt);
    }
}
