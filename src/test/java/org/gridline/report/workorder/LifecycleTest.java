package org.gridline.report.workorder;

import org.gridline.report.ReportStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Every (state, action) pair of issue 7's lifecycle: where it leads, or that it is refused. */
class LifecycleTest {
    /**
     * The legal pairs, written out from issue 7 independently of the table in {@link Lifecycle}: state,action,target.
     */
    private static final String LEGAL = """
            RECEIVED,DISPATCH,DISPATCHED
            DISPATCHED,ACCEPT,ACCEPTED
            DISPATCHED,RETURN,RETURNED
            ACCEPTED,SUSPEND,SUSPENDED
            ACCEPTED,RESOLVE,RESOLVED
            ACCEPTED,RETURN,RETURNED
            SUSPENDED,RESUME,ACCEPTED
            RESOLVED,RATE_SATISFIED,CLOSED
            RESOLVED,RATE_BASIC,CLOSED
            RESOLVED,CLOSE_UNRATED,CLOSED
            RESOLVED,RATE_UNSATISFIED,REOPENED
            RETURNED,REDISPATCH,DISPATCHED
            REOPENED,REDISPATCH,DISPATCHED
            DISPATCHED,REASSIGN,DISPATCHED
            ACCEPTED,REASSIGN,DISPATCHED
            SUSPENDED,REASSIGN,DISPATCHED
            RECEIVED,CANCEL,CANCELLED
            DISPATCHED,CANCEL,CANCELLED
            ACCEPTED,CANCEL,CANCELLED
            SUSPENDED,CANCEL,CANCELLED
            RETURNED,CANCEL,CANCELLED
            REOPENED,CANCEL,CANCELLED
            RECEIVED,RECLASSIFY,RECEIVED
            DISPATCHED,RECLASSIFY,DISPATCHED
            ACCEPTED,RECLASSIFY,ACCEPTED
            SUSPENDED,RECLASSIFY,SUSPENDED
            RETURNED,RECLASSIFY,RETURNED
            REOPENED,RECLASSIFY,REOPENED
            """;

    static Stream<Arguments> everyPair() {
        Map<String, String> legal = new HashMap<>();
        LEGAL.lines().map(l -> l.split(",")).forEach(p -> legal.put(p[0] + "," + p[1], p[2]));
        return Arrays.stream(ReportStatus.values()).flatMap(s -> Arrays.stream(Action.values())
                .map(a -> Arguments.of(s, a, legal.get(s + "," + a))));
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("everyPair")
    void everyStateAndActionHasTheExpectedOutcome(ReportStatus from, Action action, String expected) {
        ActorRole role = Arrays.stream(ActorRole.values()).filter(action::allows).findFirst().orElseThrow();
        if (expected == null) {
            var e = assertThrows(IllegalTransition.class, () -> Lifecycle.apply(from, action, role, "原因"));
            assertEquals(IllegalTransition.NOT_ALLOWED_NOW, e.code());
            assertEquals("该工单" + from.label() + "，不能" + action.verb(), e.getMessage());
        } else {
            assertEquals(new Transition(from, ReportStatus.valueOf(expected), action),
                    Lifecycle.apply(from, action, role, "原因"));
        }
    }

    @Test
    void theRefusalReadsAsAWorkerExpects() {
        var e = assertThrows(IllegalTransition.class,
                () -> Lifecycle.apply(ReportStatus.RESOLVED, Action.SUSPEND, ActorRole.ASSIGNEE, "等材料"));
        assertEquals("该工单已办结，不能挂起", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
            "RECEIVED,   DISPATCH,         STAFF,       true",
            "RECEIVED,   DISPATCH,         SYSTEM,      true",
            "RECEIVED,   DISPATCH,         ASSIGNEE,    false",
            "DISPATCHED, ACCEPT,           GRID_MEMBER, true",
            "DISPATCHED, ACCEPT,           RESIDENT,    false",
            "ACCEPTED,   RESOLVE,          ASSIGNEE,    true",
            "ACCEPTED,   RESOLVE,          GRID_MEMBER, false",
            "ACCEPTED,   CANCEL,           LEADER,      false",
            "ACCEPTED,   CANCEL,           STAFF,       true",
            "RESOLVED,   RATE_SATISFIED,   RESIDENT,    true",
            "RESOLVED,   RATE_SATISFIED,   ASSIGNEE,    false",
            "RESOLVED,   CLOSE_UNRATED,    RESIDENT,    false",
            "RESOLVED,   CLOSE_UNRATED,    SYSTEM,      true",
            "ACCEPTED,   REASSIGN,         LEADER,      true",
            "ACCEPTED,   REASSIGN,         ASSIGNEE,    false",
            "RECEIVED,   RECLASSIFY,       STAFF,       true",
            "DISPATCHED, RECLASSIFY,       LEADER,      true",
            "DISPATCHED, RECLASSIFY,       ASSIGNEE,    false",
            "ACCEPTED,   RECLASSIFY,       GRID_MEMBER, false",
            "ACCEPTED,   RECLASSIFY,       RESIDENT,    false"})
    void onlyTheRightRolesMayAct(ReportStatus from, Action action, ActorRole role, boolean allowed) {
        if (allowed) {
            assertEquals(from, Lifecycle.apply(from, action, role, "原因").from());
        } else {
            var e = assertThrows(IllegalTransition.class, () -> Lifecycle.apply(from, action, role, "原因"));
            assertEquals(IllegalTransition.FORBIDDEN, e.code());
            assertEquals("您无权" + action.verb() + "该工单", e.getMessage());
        }
    }

    @ParameterizedTest
    @CsvSource(value = {
            "DISPATCHED, RETURN,  ASSIGNEE, NULL",
            "ACCEPTED,   SUSPEND, ASSIGNEE, '   '",
            "SUSPENDED,  CANCEL,  STAFF,    ''",
            "ACCEPTED,   REASSIGN, STAFF,   NULL",
            "DISPATCHED, RECLASSIFY, LEADER, ' '"}, nullValues = "NULL")
    void returnSuspendAndCancelNeedAReason(ReportStatus from, Action action, ActorRole role, String reason) {
        var e = assertThrows(IllegalTransition.class, () -> Lifecycle.apply(from, action, role, reason));
        assertEquals(IllegalTransition.REASON_REQUIRED, e.code());
        assertEquals(action.verb() + "工单须填写原因", e.getMessage());
    }

    @Test
    void otherActionsNeedNoReason() {
        assertEquals(ReportStatus.ACCEPTED,
                Lifecycle.apply(ReportStatus.DISPATCHED, Action.ACCEPT, ActorRole.ASSIGNEE, null).to());
    }

    static Stream<Arguments> everyPairAndRole() {
        return Arrays.stream(ReportStatus.values()).flatMap(s -> Arrays.stream(Action.values())
                .flatMap(a -> Arrays.stream(ActorRole.values()).map(r -> Arguments.of(s, a, r))));
    }

    /** The console offers a form exactly when the lifecycle would accept the action (given a reason). */
    @ParameterizedTest(name = "{0} + {1} by {2}")
    @MethodSource("everyPairAndRole")
    void permitsIsWhatApplyAccepts(ReportStatus from, Action action, ActorRole role) {
        boolean accepted;
        try {
            Lifecycle.apply(from, action, role, "原因");
            accepted = true;
        } catch (IllegalTransition refused) {
            accepted = false;
        }
        assertEquals(accepted, Lifecycle.permits(from, action, role));
    }

    @ParameterizedTest
    @CsvSource({"RECEIVED, DISPATCH, LEADER, true", "RECEIVED, CANCEL, LEADER, false", "RECEIVED, CANCEL, STAFF, true",
            "CLOSED, REASSIGN, STAFF, false", "RETURNED, REDISPATCH, LEADER, true", "RECEIVED, REASSIGN, STAFF, false"})
    void permitsExamples(ReportStatus from, Action action, ActorRole role, boolean offered) {
        assertEquals(offered, Lifecycle.permits(from, action, role));
    }
}
