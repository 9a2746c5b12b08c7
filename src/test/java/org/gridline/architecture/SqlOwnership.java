package org.gridline.architecture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "No SQL in one package over another package's tables", for Java code: the string literals and text blocks of a
 * source file (adjacent literals joined with {@code +} read as one) are searched for table names in SQL positions
 * ({@code from}, {@code join}, {@code into}, {@code update}, {@code delete from}, {@code table}, and the further tables
 * of a {@code from a x, b y} list), and every table there that another feature owns ({@link MigrationRule#owners}) is a
 * problem. Names are compared without case, so an HQL entity named like another feature's table counts too.
 */
final class SqlOwnership {
    private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
    private static final String ITEM = NAME + "(?:\\s+(?:as\\s+)?" + NAME + ")?";
    private static final Pattern FROM_LIST = Pattern.compile(
            "(?i)\\bfrom\\s+(?:only\\s+)?(" + ITEM + "(?:\\s*,\\s*" + ITEM + ")*)");
    private static final Pattern AFTER_KEYWORD = Pattern.compile(
            "(?i)\\b(?:join|into|update|table)\\s+(?:only\\s+|if\\s+(?:not\\s+)?exists\\s+)?(" + NAME + ")");

    private SqlOwnership() {
    }

    /** What the file of {@code feature} names of other features' tables, one line per table, in order. */
    static List<String> problems(String file, String feature, String source, Map<String, String> owners) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String literal : literals(source)) {
            for (String table : tablesNamed(literal)) {
                String owner = owners.get(table);
                if (owner != null && !owner.equals(feature) && seen.add(table)
                        && !KnownViolations.isKnownSqlUse(file, table)) {
                    problems.add(file + " (" + feature + ") names " + owner + "'s table " + table);
                }
            }
        }
        return problems;
    }

    /** The names in SQL positions of a statement, lower case, in order. */
    static List<String> tablesNamed(String sql) {
        List<String> names = new ArrayList<>();
        Matcher from = FROM_LIST.matcher(sql);
        while (from.find()) {
            for (String item : from.group(1).split(",")) {
                names.add(item.strip().split("\\s+")[0].toLowerCase(Locale.ROOT));
            }
        }
        Matcher keyword = AFTER_KEYWORD.matcher(sql);
        while (keyword.find()) {
            names.add(keyword.group(1).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /**
     * The string literals and text blocks of a Java source, outside comments and character literals; a literal
     * followed by {@code +} and another literal is read together with it. Escapes are left as written.
     */
    static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        StringBuilder current = null;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = lineEnd(source, i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                i = quotedEnd(source, i, "'");
            } else if (c == '"') {
                boolean block = source.startsWith("\"\"\"", i);
                String quote = block ? "\"\"\"" : "\"";
                int end = quotedEnd(source, i, quote);
                String text = source.substring(i + quote.length(), Math.max(i + quote.length(), end - quote.length()));
                current = current == null ? new StringBuilder(text) : current.append(text);
                i = end;
                int next = skipBlank(source, i);
                if (next < n && source.charAt(next) == '+' && skipBlank(source, next + 1) < n
                        && source.charAt(skipBlank(source, next + 1)) == '"') {
                    i = skipBlank(source, next + 1);
                    continue;
                }
                literals.add(current.toString());
                current = null;
            } else {
                i++;
            }
        }
        return literals;
    }

    /** The index after the closing quote of the literal opened at {@code start}. */
    private static int quotedEnd(String source, int start, String quote) {
        int i = start + quote.length();
        while (i < source.length()) {
            if (source.charAt(i) == '\\') {
                i += 2;
            } else if (source.startsWith(quote, i)) {
                return i + quote.length();
            } else {
                i++;
            }
        }
        return source.length();
    }

    private static int lineEnd(String source, int i) {
        int end = source.indexOf('\n', i);
        return end < 0 ? source.length() : end + 1;
    }

    /** The next index that is neither white space nor inside a comment. */
    private static int skipBlank(String source, int i) {
        while (i < source.length()) {
            if (Character.isWhitespace(source.charAt(i))) {
                i++;
            } else if (source.startsWith("//", i)) {
                i = lineEnd(source, i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else {
                return i;
            }
        }
        return i;
    }
}
