package org.gridline.wechat;

import org.gridline.platform.error.DomainException;

/**
 * A push the callback refuses, with its {@link RejectReason}. It is a {@link DomainException}, so the one error mapper
 * answers it with the reason's status and code; it carries no stack trace (refusals are expected traffic).
 */
public class CallbackRejected extends DomainException {
    private final RejectReason reason;

    public CallbackRejected(RejectReason reason, String message) {
        super(reason.status(), reason.code(), message);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
