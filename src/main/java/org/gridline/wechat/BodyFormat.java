package org.gridline.wechat;

/** The two body formats of the platform; mini-programs may push either, with the same field names. */
public enum BodyFormat {
    XML, JSON;

    /** Detects the format by the first character of {@link #content(String)}. */
    static BodyFormat detect(String text) {
        String content = content(text);
        if (content.isEmpty()) {
            throw new MalformedMessage(RejectReason.EMPTY_BODY, "The body is empty");
        }
        return switch (content.charAt(0)) {
            case '<' -> XML;
            case '{' -> JSON;
            default -> throw new MalformedMessage(RejectReason.UNKNOWN_FORMAT, "The body is neither XML nor JSON");
        };
    }

    /** The body without leading whitespace and byte-order mark (an XML declaration must come first). */
    static String content(String text) {
        int start = 0;
        while (start < text.length()
                && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
            start++;
        }
        return text.substring(start);
    }
}
