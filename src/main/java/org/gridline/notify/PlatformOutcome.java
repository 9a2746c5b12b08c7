package org.gridline.notify;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;

/**
 * What came back from one platform API call, before any decision: either an HTTP answer (status, and the
 * {@code errcode}/{@code errmsg} of its JSON body when it had one) or a transport failure with no answer at all.
 * {@link ErrorPolicy} turns it into a {@link DeliveryAction}.
 */
public sealed interface PlatformOutcome {

    /** An HTTP answer; {@code errcode} is null when the body had none (not JSON, empty, a proxy's error page). */
    record Answered(int httpStatus, Integer errcode, String errmsg) implements PlatformOutcome {
        public boolean serverError() {
            return httpStatus >= 500 && httpStatus <= 599;
        }
    }

    /** No answer. A timeout may still mean the platform received the call: delivery is at-least-once. */
    record TransportFailure(Kind kind, String detail) implements PlatformOutcome {}

    enum Kind { TIMEOUT, CONNECTION_REFUSED, CONNECTION_FAILED, OTHER }

    static PlatformOutcome answered(int httpStatus, Integer errcode, String errmsg) {
        return new Answered(httpStatus, errcode, errmsg);
    }

    static PlatformOutcome ok() {
        return new Answered(200, 0, "ok");
    }

    static PlatformOutcome errcode(int errcode, String errmsg) {
        return new Answered(200, errcode, errmsg);
    }

    /** Maps the failure of an HTTP client call by the first recognised exception in its cause chain. */
    static PlatformOutcome failed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Kind kind = kindOf(t);
            if (kind != Kind.OTHER) {
                return new TransportFailure(kind, t.getClass().getSimpleName());
            }
        }
        return new TransportFailure(Kind.OTHER, failure.getClass().getSimpleName());
    }

    private static Kind kindOf(Throwable t) {
        if (t instanceof TimeoutException || t instanceof SocketTimeoutException) {
            return Kind.TIMEOUT;
        }
        if (t instanceof ConnectException) {
            return Kind.CONNECTION_REFUSED;
        }
        return t instanceof IOException ? Kind.CONNECTION_FAILED : Kind.OTHER;
    }
}
