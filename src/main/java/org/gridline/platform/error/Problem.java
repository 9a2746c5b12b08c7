package org.gridline.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** RFC 9457 problem details, as every error of the HTTP API is answered. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(int status, String code, String message, List<Violation> violations) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    /** One invalid field of a request. */
    public record Violation(String field, String message) {
    }
}
