package org.gridline.volunteer;

import org.gridline.platform.error.DomainException;

/** A refusal with one detail a person needs to act on it (the activity in the way, the deadline that passed). */
public class Refusal extends DomainException {
    private final String detail;

    public Refusal(int status, String code, String message, String detail) {
        super(status, code, message);
        this.detail = detail;
    }

    public static Refusal conflict(String code, String message, String detail) {
        return new Refusal(409, code, message, detail);
    }

    public String detail() {
        return detail;
    }
}
