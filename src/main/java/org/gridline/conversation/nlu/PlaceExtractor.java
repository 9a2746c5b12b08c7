package org.gridline.conversation.nlu;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where things are: a dwelling address (estate, building, unit, room) for reports and registrations, and the
 * origin of an arriving person. Works on text whose numerals are already Arabic ({@link Numerals#normalize}).
 */
final class PlaceExtractor {
    /** An estate name: Han characters, but not the run-up words of "我家住在…", then a typical suffix. */
    private static final String ESTATE = "[\\p{IsHan}&&[^在住于是到我们的那这个边了去从和跟回叫]]{2,10}"
            + "(?:小区|花园|家园|新村|公寓|大厦|苑|村)";
    private static final Pattern DWELLING = Pattern.compile("(" + ESTATE + ")?"
            + "((?:\\d{1,3}|[a-z])(?:栋|幢|座|号楼))(\\d{1,2}单元)?(\\d{3,4}(?:室|房|号)?)?");
    private static final Pattern ROAD = Pattern.compile("[\\p{IsHan}&&[^在住于是到我们的那这个边了去从和跟回叫]]{1,8}"
            + "(?:路|街|大道|巷)\\d{1,4}号");
    private static final Pattern ESTATE_ONLY = Pattern.compile(ESTATE + "(?:[东南西北]门|门口)?");
    private static final Pattern ORIGIN = Pattern.compile(
            "从(\\p{IsHan}{2,12}?)(?:回来|返回|返乡|过来|来的|来了|来到|来|到)|来自(\\p{IsHan}{2,8}?)(?=[的，,。\\s]|$)");

    Optional<String> address(String text) {
        Matcher m = DWELLING.matcher(text);
        if (m.find()) {
            return Optional.of(m.group(1) != null ? m.group() : estateBefore(text, m.start()) + m.group());
        }
        Matcher road = ROAD.matcher(text);
        if (road.find()) {
            return Optional.of(road.group());
        }
        return Optional.of(estateBefore(text, text.length())).filter(s -> !s.isEmpty());
    }

    Optional<String> origin(String text) {
        Matcher m = ORIGIN.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** The estate named before position {@code end}, so "幸福小区的3栋" still yields "幸福小区3栋". */
    private static String estateBefore(String text, int end) {
        Matcher m = ESTATE_ONLY.matcher(text.substring(0, end));
        return m.find() ? m.group() : "";
    }
}
