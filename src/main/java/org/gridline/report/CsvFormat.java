package org.gridline.report;

import java.util.List;

/**
 * CSV as RFC 4180 writes it, for spreadsheets: fields separated by commas, lines ended by CRLF, a field with a comma,
 * a double quote, CR or LF in double quotes (its quotes doubled). {@link #text} also neutralises formula injection:
 * a text that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or CR would be a formula in Excel or
 * LibreOffice, so it gets a leading apostrophe (shown as text, not evaluated). Values the server formats itself
 * (numbers, times, codes) go through {@link #plain}. A file starts with {@link #BOM} so that Excel reads UTF-8.
 */
public final class CsvFormat {
    /** The UTF-8 byte order mark: Excel takes a file without it for the local code page and garbles Chinese. */
    public static final String BOM = "\uFEFF";

    private CsvFormat() {
    }

    /** Text someone typed (a description, a name): neutralised, then quoted as needed; null is an empty field. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return plain(startsFormula(value) ? "'" + value : value);
    }

    /** A value the server formats itself, quoted as needed; null is an empty field. */
    public static String plain(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** One record: the fields (already formatted by {@link #text} or {@link #plain}) and CRLF. */
    public static String line(List<String> fields) {
        return String.join(",", fields) + "\r\n";
    }

    static boolean startsFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
