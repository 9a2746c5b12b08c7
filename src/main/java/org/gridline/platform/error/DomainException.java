package org.gridline.platform.error;

/**
 * A refusal that the caller can act on: an HTTP status, a short stable code for programs, a message for people.
 * Services throw it (or fail their {@code Uni} with it); {@link ProblemMapper} turns it into problem+json.
 */
public class DomainException extends RuntimeException {
    private final int status;
    private final String code;

    public DomainException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static DomainException badRequest(String code, String message) {
        return new DomainException(400, code, message);
    }

    public static DomainException notFound(String code, String message) {
        return new DomainException(404, code, message);
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(409, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
