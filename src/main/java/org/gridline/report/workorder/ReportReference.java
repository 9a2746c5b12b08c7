package org.gridline.report.workorder;

import org.gridline.report.ReportNumbers;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which report a worker means in a chat command ("接单 R2026112900017" or just "接单 0017"). Workers type the last four
 * digits because full numbers are long; that is only safe when exactly one of their open reports ends so, hence the
 * explicit {@link Ambiguous} result rather than a guess.
 */
public final class ReportReference {
    /** The outcome of resolving a reference. */
    public sealed interface Result permits Found, Ambiguous, NotFound, Malformed {
    }

    /** Exactly one open report matches. */
    public record Found(String number) implements Result {
    }

    /** Several open reports end in the same four digits: the worker must type the whole number. */
    public record Ambiguous(List<String> candidates) implements Result {
    }

    /** A well-formed reference that is none of the worker's open reports. */
    public record NotFound(String reference) implements Result {
    }

    /** Neither a whole report number nor four digits. */
    public record Malformed(String text) implements Result {
    }

    private ReportReference() {
    }

    public static Result resolve(String text, Collection<String> openNumbers) {
        String ref = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (ReportNumbers.isNumber(ref)) {
            return openNumbers.contains(ref) ? new Found(ref) : new NotFound(ref);
        }
        Optional<String> digits = ReportNumbers.shortReference(ref);
        if (digits.isEmpty()) {
            return new Malformed(text);
        }
        List<String> matches = openNumbers.stream().filter(n -> ReportNumbers.isMeantBy(n, digits.get())).distinct()
                .sorted().toList();
        return switch (matches.size()) {
            case 0 -> new NotFound(ref);
            case 1 -> new Found(matches.get(0));
            default -> new Ambiguous(matches);
        };
    }
}
