package org.gridline.wechat;

/**
 * A body that is not a well-formed platform message (400): the reason says how, {@link #field()} names the field if
 * any.
 */
public class MalformedMessage extends CallbackRejected {
    private final String field;

    public MalformedMessage(RejectReason reason, String field, String message) {
        super(reason, message);
        this.field = field;
    }

    public MalformedMessage(RejectReason reason, String message) {
        this(reason, null, message);
    }

    static MalformedMessage missing(String field) {
        return new MalformedMessage(RejectReason.MISSING_FIELD, field, "Required field " + field + " is missing");
    }

    static MalformedMessage bad(String field, String expected) {
        return new MalformedMessage(RejectReason.BAD_FIELD, field, "Field " + field + " is not " + expected);
    }

    /** The offending field, or null when the failure is not about one field. */
    public String field() {
        return field;
    }
}
