package org.gridline.report.workorder;

import org.gridline.platform.text.PlainTemplates;
import org.gridline.report.ReportStatus;

import java.util.EnumMap;
import java.util.Map;

import static org.gridline.report.ReportStatus.*;
import static org.gridline.report.workorder.Action.*;

/**
 * The work-order state machine of issue 7, as one table: every legal (state, action) pair and where it leads.
 * Checks, in order: the state allows the action, the role may do it, a required reason is present. Anything else
 * throws {@link IllegalTransition} so that the caller changes nothing; its reason is a template under
 * {@code templates/Lifecycle/}.
 */
public final class Lifecycle {
    private static final Map<ReportStatus, Map<Action, ReportStatus>> TABLE = new EnumMap<>(ReportStatus.class);
    private static final PlainTemplates TEXTS = PlainTemplates.of(Lifecycle.class);

    static {
        on(RECEIVED, DISPATCH, DISPATCHED);
        on(DISPATCHED, ACCEPT, ACCEPTED);
        on(DISPATCHED, RETURN, RETURNED);
        on(ACCEPTED, SUSPEND, SUSPENDED);
        on(ACCEPTED, RESOLVE, RESOLVED);
        on(ACCEPTED, RETURN, RETURNED);
        on(SUSPENDED, RESUME, ACCEPTED);
        on(RESOLVED, RATE_SATISFIED, CLOSED);
        on(RESOLVED, RATE_BASIC, CLOSED);
        on(RESOLVED, CLOSE_UNRATED, CLOSED);
        on(RESOLVED, RATE_UNSATISFIED, REOPENED);
        on(RETURNED, REDISPATCH, DISPATCHED);
        on(REOPENED, REDISPATCH, DISPATCHED);
        on(DISPATCHED, REASSIGN, DISPATCHED);
        on(ACCEPTED, REASSIGN, DISPATCHED);
        on(SUSPENDED, REASSIGN, DISPATCHED);
        for (ReportStatus s : ReportStatus.values()) {
            if (s.isOpen()) {
                on(s, CANCEL, CANCELLED);
                on(s, RECLASSIFY, s);
            }
        }
    }

    private Lifecycle() {
    }

    private static void on(ReportStatus from, Action action, ReportStatus to) {
        TABLE.computeIfAbsent(from, k -> new EnumMap<>(Action.class)).put(action, to);
    }

    /** Whether the state allows the action and the role may do it (a reason aside): what a form may offer. */
    public static boolean permits(ReportStatus status, Action action, ActorRole role) {
        return TABLE.getOrDefault(status, Map.of()).containsKey(action) && action.allows(role);
    }

    public static Transition apply(ReportStatus status, Action action, ActorRole role, String reason) {
        ReportStatus to = TABLE.getOrDefault(status, Map.of()).get(action);
        if (to == null) {
            throw new IllegalTransition(IllegalTransition.NOT_ALLOWED_NOW,
                    TEXTS.render("notAllowedNow", "state", status.label(), "verb", action.verb()));
        }
        if (!action.allows(role)) {
            throw new IllegalTransition(IllegalTransition.FORBIDDEN, TEXTS.render("forbidden", "verb", action.verb()));
        }
        if (action.reasonRequired() && (reason == null || reason.isBlank())) {
            throw new IllegalTransition(IllegalTransition.REASON_REQUIRED,
                    TEXTS.render("reasonRequired", "verb", action.verb()));
        }
        return new Transition(status, to, action);
    }
}
