package org.gridline.wechat;

/** The two body formats of the platform; mini-programs may push either, with the same field names. */
public enum BodyFormat {
    XML, JSON;

    /** Detects the format by the first non-whitespace character (a byte-order mark is skipped). */
    static BodyFormat detect(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                return XML;
            }
            if (c == '{') {
                return JSON;
            }
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                throw new MalformedMessage(RejectReason.UNKNOWN_FORMAT, "The body is neither XML nor JSON");
            }
        }
        throw new MalformedMessage(RejectReason.EMPTY_BODY, "The body is empty");
    }
}
