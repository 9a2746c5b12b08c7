package org.gridline.notify;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Subscribe-message data the platform would refuse with 47003, found before sending. It names the keys and the rule
 * each broke, never the values (they may hold a name or a phone number). Sending would fail, so it is a bug to fix
 * in the caller, not something to retry.
 */
public class InvalidTemplateDataException extends IllegalArgumentException {

    /** One refused key and why. */
    public record Violation(String key, String reason) {}

    private final transient List<Violation> violations;

    public InvalidTemplateDataException(List<Violation> violations) {
        super("invalid template data: " + violations.stream()
                .map(v -> v.key() + " (" + v.reason() + ")")
                .collect(Collectors.joining(", ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    public List<String> keys() {
        return violations.stream().map(Violation::key).toList();
    }
}
