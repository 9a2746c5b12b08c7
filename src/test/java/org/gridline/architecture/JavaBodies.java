package org.gridline.architecture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The method and constructor bodies of one Java source file, found by a brace and parenthesis scanner that skips
 * comments, strings, text blocks and character literals. A body's length runs from the line of its opening brace to
 * the line of its closing brace, both counted; a lambda or an anonymous class inside it counts towards it, and an
 * anonymous class's own methods are bodies too. A `{` opens a body when it follows {@code name(…)} (and perhaps a
 * {@code throws} clause) where the name is no keyword and not the class of a {@code new} or a {@code record} header, or
 * when it follows a modifier and a name (a record's compact constructor).
 */
final class JavaBodies {
    /** One method or constructor: its name and the lines of its braces (1-based). */
    record Body(String name, int firstLine, int lastLine) {
        int lines() {
            return lastLine - firstLine + 1;
        }
    }

    private record Token(String text, int line) {
    }

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
            "long", "native", "new", "package", "private", "protected", "public", "return", "short", "static",
            "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "record", "yield", "sealed", "permits", "var");
    private static final Set<String> MODIFIERS = Set.of("public", "protected", "private");
    /**
     * What may stand just before a name with parameters that is no method: an anonymous class, a record, a constant.
     */
    private static final Set<String> NOT_BEFORE_A_NAME = Set.of("new", "record", ".", ",");

    private JavaBodies() {
    }

    static List<Body> of(String source) {
        List<Token> tokens = tokens(source);
        int[] opening = matchingParentheses(tokens);
        List<Body> bodies = new ArrayList<>();
        Deque<Body> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().equals("{")) {
                String name = bodyName(tokens, opening, i);
                open.push(new Body(name, t.line(), 0));
            } else if (t.text().equals("}") && !open.isEmpty()) {
                Body b = open.pop();
                if (b.name() != null) {
                    bodies.add(new Body(b.name(), b.firstLine(), t.line()));
                }
            }
        }
        return bodies;
    }

    /** The method's or constructor's name when the brace at {@code at} opens its body; null for any other block. */
    private static String bodyName(List<Token> tokens, int[] opening, int at) {
        int before = skipThrows(tokens, at - 1);
        if (before < 0) {
            return null;
        }
        if (tokens.get(before).text().equals(")")) {
            int name = opening[before] - 1;
            boolean header = name >= 0 && isName(tokens.get(name).text())
                    && (name == 0 || !NOT_BEFORE_A_NAME.contains(tokens.get(name - 1).text()));
            return header ? tokens.get(name).text() : null;
        }
        boolean compact = before >= 1 && isName(tokens.get(before).text())
                && MODIFIERS.contains(tokens.get(before - 1).text());
        return compact ? tokens.get(before).text() : null;
    }

    /** The token before a {@code throws T, U} clause that ends at {@code from}; {@code from} when there is none. */
    private static int skipThrows(List<Token> tokens, int from) {
        for (int k = from; k >= 0; k--) {
            String text = tokens.get(k).text();
            if (text.equals("throws")) {
                return k - 1;
            }
            if (!isName(text) && !Set.of(".", ",", "<", ">", "?").contains(text)) {
                return from;
            }
        }
        return from;
    }

    private static boolean isName(String text) {
        return Character.isJavaIdentifierStart(text.charAt(0)) && !KEYWORDS.contains(text);
    }

    private static int[] matchingParentheses(List<Token> tokens) {
        int[] opening = new int[tokens.size()];
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            String text = tokens.get(i).text();
            if (text.equals("(")) {
                stack.push(i);
            } else if (text.equals(")")) {
                opening[i] = stack.isEmpty() ? -1 : stack.pop();
            }
        }
        return opening;
    }

    /** The source as tokens: names and keywords, {@code ->}, and single characters; literals and comments dropped. */
    private static List<Token> tokens(String s) {
        Lexer lexer = new Lexer(s);
        List<Token> tokens = new ArrayList<>();
        while (lexer.hasMore()) {
            Token t = lexer.next();
            if (t != null) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    /** Reads one token at a time, keeping count of the lines it passes. */
    private static final class Lexer {
        private final String s;
        private int i;
        private int line = 1;

        Lexer(String s) {
            this.s = s;
        }

        boolean hasMore() {
            return i < s.length();
        }

        /** The next token, or null after skipping white space, a comment or a literal. */
        Token next() {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                i = s.indexOf('\n', i) < 0 ? s.length() : s.indexOf('\n', i);
            } else if (s.startsWith("/*", i)) {
                skipTo("*/", false);
            } else if (s.startsWith("\"\"\"", i)) {
                i += 3;
                skipTo("\"\"\"", true);
            } else if (c == '"' || c == '\'') {
                i++;
                skipTo(String.valueOf(c), true);
            } else if (Character.isJavaIdentifierPart(c) && !Character.isWhitespace(c)) {
                return word();
            } else {
                return symbol(c);
            }
            return null;
        }

        private Token word() {
            int from = i;
            while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
                i++;
            }
            return new Token(s.substring(from, i), line);
        }

        private Token symbol(char c) {
            if (c == '\n') {
                line++;
            }
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                i++;
                return null;
            }
            String text = s.startsWith("->", i) ? "->" : String.valueOf(c);
            i += text.length();
            return new Token(text, line);
        }

        /** Moves past the next {@code end}, counting lines; in a literal a backslash escapes the next character. */
        private void skipTo(String end, boolean escapes) {
            while (i < s.length() && !s.startsWith(end, i)) {
                int step = escapes && s.charAt(i) == '\\' ? 2 : 1;
                line += (int) s.substring(i, Math.min(s.length(), i + step)).chars().filter(ch -> ch == '\n').count();
                i += step;
            }
            i = Math.min(s.length(), i + end.length());
        }
    }
}
