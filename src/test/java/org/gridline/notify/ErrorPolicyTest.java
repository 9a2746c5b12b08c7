package org.gridline.notify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.gridline.notify.DeliveryAction.BACK_OFF_QUOTA;
import static org.gridline.notify.DeliveryAction.DEAD_LETTER;
import static org.gridline.notify.DeliveryAction.FALLBACK_TO_SUBSCRIBE_OR_HOLD;
import static org.gridline.notify.DeliveryAction.HOLD_UNTIL_USER_WRITES;
import static org.gridline.notify.DeliveryAction.REFRESH_TOKEN_AND_RETRY_ONCE;
import static org.gridline.notify.DeliveryAction.RETRY;
import static org.gridline.notify.DeliveryAction.SENT;
import static org.gridline.notify.DeliveryAction.SUBSCRIPTION_USED_UP;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ErrorPolicyTest {
    private final ErrorPolicy policy = new ErrorPolicy();

    /**
     * Every errcode of the protocol page, for a notice within its useful life and after it. A reply past its life
     * goes the way of a closed window instead (below).
     */
    @ParameterizedTest(name = "errcode {0} → {1} (within its life), {2} (life over)")
    @CsvSource({
        "0,     SENT,                          SENT",
        "-1,    RETRY,                         DEAD_LETTER",
        "40001, REFRESH_TOKEN_AND_RETRY_ONCE,  REFRESH_TOKEN_AND_RETRY_ONCE",
        "40014, REFRESH_TOKEN_AND_RETRY_ONCE,  REFRESH_TOKEN_AND_RETRY_ONCE",
        "42001, REFRESH_TOKEN_AND_RETRY_ONCE,  REFRESH_TOKEN_AND_RETRY_ONCE",
        "45015, FALLBACK_TO_SUBSCRIBE_OR_HOLD, FALLBACK_TO_SUBSCRIBE_OR_HOLD",
        "45047, HOLD_UNTIL_USER_WRITES,        HOLD_UNTIL_USER_WRITES",
        "43101, SUBSCRIPTION_USED_UP,          SUBSCRIPTION_USED_UP",
        "47003, DEAD_LETTER,                   DEAD_LETTER",
        "45009, BACK_OFF_QUOTA,                BACK_OFF_QUOTA",
        "45011, BACK_OFF_QUOTA,                BACK_OFF_QUOTA",
        "40003, DEAD_LETTER,                   DEAD_LETTER",
        "40037, DEAD_LETTER,                   DEAD_LETTER",
        "41030, DEAD_LETTER,                   DEAD_LETTER",
        "99999, RETRY,                         DEAD_LETTER",
        "-2,    RETRY,                         DEAD_LETTER",
    })
    void everyProtocolErrcode(int errcode, DeliveryAction first, DeliveryAction last) {
        PlatformOutcome outcome = PlatformOutcome.errcode(errcode, "msg");
        assertEquals(first, policy.decide(outcome, false, OutboxKind.SUBSCRIBE, false));
        assertEquals(last, policy.decide(outcome, false, OutboxKind.SUBSCRIBE, true));
    }

    /** No attempt budget: a transient failure is retried however many attempts came before, while the message lives. */
    @ParameterizedTest(name = "{0} within its life → RETRY, after it → {1}")
    @CsvSource({"CUSTOM, FALLBACK_TO_SUBSCRIBE_OR_HOLD", "SUBSCRIBE, DEAD_LETTER"})
    void aTransientFailureIsRetriedForTheMessagesUsefulLife(OutboxKind kind, DeliveryAction afterLife) {
        PlatformOutcome busy = PlatformOutcome.errcode(-1, "system busy");
        assertEquals(RETRY, policy.decide(busy, true, kind, false));
        assertEquals(afterLife, policy.decide(busy, true, kind, true));
        assertEquals(afterLife, policy.decide(PlatformOutcome.answered(503, null, null), true, kind, true));
    }

    @ParameterizedTest(name = "errcode {0} after a token refresh, life over {1} → {2}")
    @CsvSource({"40001, false, RETRY", "40014, false, RETRY", "42001, false, RETRY", "42001, true, DEAD_LETTER"})
    void aTokenErrorIsRefreshedOnlyOnce(int errcode, boolean lifeOver, DeliveryAction expected) {
        assertEquals(expected, policy.decide(PlatformOutcome.errcode(errcode, "invalid credential"), true,
                OutboxKind.SUBSCRIBE, lifeOver));
    }

    @ParameterizedTest(name = "HTTP {0} errcode {1} → {2}")
    @CsvSource({
        "500, ,      RETRY",
        "502, ,      RETRY",
        "503, 0,     RETRY",
        "599, 47003, RETRY",
        "200, ,      RETRY",
        "404, ,      RETRY",
        "429, ,      RETRY",
        "200, 0,     SENT",
        "200, 45015, FALLBACK_TO_SUBSCRIBE_OR_HOLD",
    })
    void httpStatusAndMissingErrcode(int status, Integer errcode, DeliveryAction expected) {
        assertEquals(expected, policy.decide(PlatformOutcome.answered(status, errcode, null), false, OutboxKind.CUSTOM,
                false));
    }

    static Stream<Arguments> transportFailures() {
        return Stream.of(
                Arguments.of(new TimeoutException("The timeout period of 5000ms has been exceeded"),
                        PlatformOutcome.Kind.TIMEOUT),
                Arguments.of(new SocketTimeoutException("read timed out"), PlatformOutcome.Kind.TIMEOUT),
                Arguments.of(new ConnectException("Connection refused"), PlatformOutcome.Kind.CONNECTION_REFUSED),
                Arguments.of(new CompletionException(new ConnectException("refused")),
                        PlatformOutcome.Kind.CONNECTION_REFUSED),
                Arguments.of(new IOException("Connection reset by peer"), PlatformOutcome.Kind.CONNECTION_FAILED),
                Arguments.of(new IllegalStateException("closed"), PlatformOutcome.Kind.OTHER));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("transportFailures")
    void transportFailuresAreRetriedForTheMessagesLife(Throwable failure, PlatformOutcome.Kind kind) {
        PlatformOutcome outcome = PlatformOutcome.failed(failure);
        assertEquals(kind, ((PlatformOutcome.TransportFailure) outcome).kind());
        assertEquals(RETRY, policy.decide(outcome, false, OutboxKind.SUBSCRIBE, false));
        assertEquals(DEAD_LETTER, policy.decide(outcome, false, OutboxKind.SUBSCRIBE, true));
    }
}
