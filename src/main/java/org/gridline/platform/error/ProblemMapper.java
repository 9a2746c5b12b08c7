package org.gridline.platform.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.UUID;

/**
 * The one place where failures become HTTP answers. Clients get {@code application/problem+json} with a status, a
 * short code and a message; never a stack trace or a class name. Unexpected failures are logged with an incident id
 * that the answer repeats, so an operator can find the log line a user reports.
 */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response domain(DomainException e) {
        return answer(new Problem(e.status(), e.code(), e.getMessage()));
    }

    /** A refusal with a known wait: the same problem, and {@code Retry-After} in seconds. */
    @ServerExceptionMapper
    public Response retryLater(RetryLaterException e) {
        return Response.fromResponse(domain(e)).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage())).toList();
        return answer(new Problem(400, "invalid", "The request has invalid fields", violations));
    }

    /** A role that may not act (from {@code @RolesAllowed}). */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return answer(new Problem(403, "forbidden", "Your role may not do this"));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        if (causedBy(e, NulCharacters.Refused.class)) {
            return answer(new Problem(400, NulCharacters.CODE, NulCharacters.MESSAGE));
        }
        return answer(new Problem(400, "malformed-json", "The request body is not valid JSON for this endpoint"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (causedBy(e, JsonProcessingException.class)) {
            return unreadable(cause(e, JsonProcessingException.class));
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return answer(new Problem(status, codeOf(status), reason == null ? "Request refused" : reason));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        var outage = org.gridline.platform.db.DatabaseFailures.unavailable(e);
        if (outage.isPresent()) {
            return databaseUnavailable(outage.get());
        }
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected failure, incident %s", incident);
        return answer(new Problem(500, "internal", "Something went wrong on our side (incident " + incident + ")"));
    }

    /** The database is gone or frozen: 503 with a hint to retry, counted in the outage summary instead of logged. */
    private static Response databaseUnavailable(String reason) {
        org.gridline.platform.db.DatabaseOutage.jvm().failed("requests", reason, java.time.Instant.now())
                .ifPresent(org.gridline.platform.db.DatabaseOutage.Line::log);
        return Response.fromResponse(answer(new Problem(503, "database-unavailable",
                "The database is not answering; try again in a few seconds"))).header("Retry-After", "5").build();
    }

    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            default -> "http-" + status;
        };
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    static Response answer(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
