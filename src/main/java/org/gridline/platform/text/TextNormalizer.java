package org.gridline.platform.text;

/**
 * Puts a message into one canonical form before any rule looks at it: residents type full-width digits and
 * punctuation from Chinese keyboards ("１２３", "？"), capital letters in report numbers and stray spaces.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** Full-width ASCII to half-width, the ideographic space to a space, lower case, trimmed. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(halfWidth(text.charAt(i)));
        }
        return out.toString().toLowerCase().trim();
    }

    private static char halfWidth(char c) {
        if (c == '\u3000') {
            return ' ';
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c;
    }
}
