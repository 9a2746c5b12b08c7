package org.gridline.wechat;

import java.util.List;

/**
 * One element of a body, the same for XML and JSON: a scalar has text and no children; a structure has children
 * (a JSON array becomes repeated children with the array's name, as repeated XML elements would be).
 */
record BodyNode(String name, String text, List<BodyNode> children) {
    /** The limits every reader enforces, so that a hostile body costs bounded work. */
    static final int MAX_DEPTH = 8;
    static final int MAX_ELEMENTS = 1_000;
    static final int MAX_TEXT = 256 * 1024;

    /** A scalar; a name or text holding U+0000 (a JSON body may escape it) is refused: no text column can keep it. */
    static BodyNode scalar(String name, String text) {
        if (name.indexOf('\u0000') >= 0 || text != null && text.indexOf('\u0000') >= 0) {
            throw new MalformedMessage(RejectReason.NUL_CHARACTER, name.replace('\u0000', '?'),
                    "A field holds the NUL character (U+0000)");
        }
        return new BodyNode(name, text, List.of());
    }

    boolean isScalar() {
        return children.isEmpty();
    }

    static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new MalformedMessage(RejectReason.TOO_DEEP, "The body nests deeper than " + MAX_DEPTH + " levels");
        }
    }

    static void checkCount(int count) {
        if (count > MAX_ELEMENTS) {
            throw new MalformedMessage(RejectReason.TOO_MANY_ELEMENTS, "The body has more than " + MAX_ELEMENTS
                    + " elements");
        }
    }
}
