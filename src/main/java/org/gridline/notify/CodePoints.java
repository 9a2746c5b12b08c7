package org.gridline.notify;

/**
 * Length and truncation in Unicode code points, the unit the platform's limits are applied in here: cutting by
 * {@code char} would split an emoji's surrogate pair and send an invalid string.
 */
final class CodePoints {
    static final String ELLIPSIS = "…";

    private CodePoints() {
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * {@code s} unchanged if it fits in {@code max} code points, else cut so that it plus {@code tail} fits exactly.
     */
    static String truncate(String s, int max, String tail) {
        if (length(s) <= max) {
            return s;
        }
        int keep = max - length(tail);
        return s.substring(0, s.offsetByCodePoints(0, keep)) + tail;
    }
}
