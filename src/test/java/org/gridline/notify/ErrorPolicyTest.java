package org.gridline.notify;

import static org.gridline.notify.DeliveryAction.BACK_OFF_QUOTA;
import static org.gridline.notify.DeliveryAction.DEAD_LETTER;
import static org.gridline.notify.DeliveryAction.FALLBACK_TO_SUBSCRIBE_OR_HOLD;
import static org.gridline.notify.DeliveryAction.HOLD_UNTIL_USER_WRITES;
import static org.gridline.notify.DeliveryAction.REFRESH_TOKEN_AND_RETRY_ONCE;
import static org.gridline.notify.DeliveryAction.RETRY;
import static org.gridline.notify.DeliveryAction.SENT;
import static org.gridline.notify.DeliveryAction.SUBSCRIPTION_USED_UP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorPolicyTest {
    private static final int MAX = 5;
    private final ErrorPolicy policy = new ErrorPolicy(MAX);

    /** Every errcode of the protocol page, on the first attempt and on the last one the budget allows. */
    @ParameterizedTest(name = "errcode {0} → {1} (first attempt), {2} (last attempt)")
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
        assertEquals(first, policy.decide(outcome, 1, false));
        assertEquals(last, policy.decide(outcome, MAX, false));
    }

    @ParameterizedTest(name = "errcode {0} after a token refresh, attempt {1} → {2}")
    @CsvSource({"40001, 2, RETRY", "40014, 2, RETRY", "42001, 4, RETRY", "42001, 5, DEAD_LETTER"})
    void aTokenErrorIsRefreshedOnlyOnce(int errcode, int attempt, DeliveryAction expected) {
        assertEquals(expected, policy.decide(PlatformOutcome.errcode(errcode, "invalid credential"), attempt, true));
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
        assertEquals(expected, policy.decide(PlatformOutcome.answered(status, errcode, null), 1, false));
    }

    static Stream<Arguments> transportFailures() {
        return Stream.of(
                Arguments.of(new TimeoutException("The timeout period of 5000ms has been exceeded"), PlatformOutcome.Kind.TIMEOUT),
                Arguments.of(new SocketTimeoutException("read timed out"), PlatformOutcome.Kind.TIMEOUT),
                Arguments.of(new ConnectException("Connection refused"), PlatformOutcome.Kind.CONNECTION_REFUSED),
                Arguments.of(new CompletionException(new ConnectException("refused")), PlatformOutcome.Kind.CONNECTION_REFUSED),
                Arguments.of(new IOException("Connection reset by peer"), PlatformOutcome.Kind.CONNECTION_FAILED),
                Arguments.of(new IllegalStateException("closed"), PlatformOutcome.Kind.OTHER));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("transportFailures")
    void transportFailuresAreRetriedWithinTheBudget(Throwable failure, PlatformOutcome.Kind kind) {
        PlatformOutcome outcome = PlatformOutcome.failed(failure);
        assertEquals(kind, ((PlatformOutcome.TransportFailure) outcome).kind());
        assertEquals(RETRY, policy.decide(outcome, MAX - 1, false));
        assertEquals(DEAD_LETTER, policy.decide(outcome, MAX, false));
    }
}
