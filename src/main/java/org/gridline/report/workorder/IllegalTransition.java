package org.gridline.report.workorder;

/**
 * A refused action: nothing changes. {@link #code()} is the stable English key for APIs and tests; the message is the
 * Chinese sentence the actor reads.
 */
public class IllegalTransition extends RuntimeException {
    /** The state does not allow the action. */
    public static final String NOT_ALLOWED_NOW = "not-allowed-in-state";
    /** The actor's role may not do the action. */
    public static final String FORBIDDEN = "forbidden-for-role";
    /** The action needs a reason and none was given. */
    public static final String REASON_REQUIRED = "reason-required";

    private final String code;

    public IllegalTransition(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The HTTP status of the refusal: 400 for a missing reason, 403 for the role, 404 for no such report, else 409. */
    public int status() {
        return switch (code) {
            case REASON_REQUIRED -> 400;
            case FORBIDDEN -> 403;
            case "unknown-report" -> 404;
            default -> 409;
        };
    }
}
