package org.gridline.conversation.nlu;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where things are: a dwelling address (estate, building, unit, room) for reports and registrations, a road
 * address or crossing, and the origin of an arriving person. Works on text whose numerals are already Arabic
 * ({@link Numerals#normalize}).
 *
 * <p>An estate name is the run of Han characters before 小区/花园/…; the words that lead up to it ("我家住在…",
 * "垃圾桶在…") are cut off at the last run-up character that still leaves a name of two characters, so "和谐小区" at the
 * start of a message keeps its 和 while "住在幸福小区" loses 住在. Building, unit and room may be separated by a space,
 * a comma, a dash or 的 ("3栋 2单元", "3栋，2单元301", "3栋的2单元").
 */
final class PlaceExtractor {
    /** Characters of the words that lead up to a place; inside an estate name only as its first character. */
    private static final String RUN_UP = "在住于是到我们的那这个边了去从和跟回叫";
    private static final String SUFFIX = "(?:小区|花园|家园|新村|公寓|大厦|苑|村)";
    private static final String GAP = "[\\s,，、\\-—的]*";
    private static final Pattern ESTATE = Pattern.compile("(\\p{IsHan}{2,16}?)" + SUFFIX);
    private static final Pattern DWELLING = Pattern.compile("((?:\\d{1,3}|[a-z])(?:栋|幢|座|号楼))"
            + "(?:" + GAP + "(\\d{1,2}单元))?(?:" + GAP + "(\\d{3,4}(?:室|房|号)?))?");
    private static final Pattern ROAD = Pattern.compile("[\\p{IsHan}&&[^" + RUN_UP + "]]{1,8}(?:路|街|大道|巷)\\d{1,4}号");
    private static final Pattern CROSSING = Pattern.compile("[\\p{IsHan}&&[^" + RUN_UP + "]]{1,8}(?:路|街|大道)"
            + "[和与跟及]" + "[\\p{IsHan}&&[^" + RUN_UP + "]]{1,8}(?:路|街|大道)(?:交叉口|交界处|交汇处|路口|十字路口|口)?");
    private static final Pattern GATE = Pattern.compile("^(?:[东南西北]门|门口)");
    private static final Pattern ORIGIN = Pattern.compile(
            "从(\\p{IsHan}{2,12}?)(?:回来|返回|返乡|过来|来的|来了|来到|来|到)|来自(\\p{IsHan}{2,8}?)(?=[的，,。\\s]|$)");

    Optional<String> address(String text) {
        Matcher m = DWELLING.matcher(text);
        if (m.find()) {
            return Optional.of(estateBefore(text, m.start()) + dwelling(m));
        }
        Matcher crossing = CROSSING.matcher(text);
        if (crossing.find()) {
            return Optional.of(crossing.group());
        }
        Matcher road = ROAD.matcher(text);
        if (road.find()) {
            return Optional.of(road.group());
        }
        return estate(text, text.length()).map(e -> e + gateAfter(text, e));
    }

    Optional<String> origin(String text) {
        Matcher m = ORIGIN.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** Building, unit and room without the separators between them: "3栋 2单元，301" → "3栋2单元301". */
    private static String dwelling(Matcher m) {
        return m.group(1) + (m.group(2) == null ? "" : m.group(2)) + (m.group(3) == null ? "" : m.group(3));
    }

    /** The estate named before position {@code end}, so "幸福小区的3栋" still yields "幸福小区3栋"; else "". */
    private static String estateBefore(String text, int end) {
        return estate(text, end).orElse("");
    }

    /** The first estate name (with its suffix) in {@code text} before {@code end}. */
    private static Optional<String> estate(String text, int end) {
        Matcher m = ESTATE.matcher(text.substring(0, end));
        while (m.find()) {
            Optional<String> name = withoutRunUp(m.group(1));
            if (name.isPresent()) {
                return Optional.of(name.get() + m.group().substring(m.group(1).length()));
            }
        }
        return Optional.empty();
    }

    /** The estate's own name in a run of Han characters: after the last run-up character that leaves a valid name. */
    private static Optional<String> withoutRunUp(String run) {
        for (int start = run.length() - 2; start >= 0; start--) {
            if (start == 0 || RUN_UP.indexOf(run.charAt(start - 1)) >= 0) {
                String name = run.substring(start);
                if (name.substring(1).chars().noneMatch(c -> RUN_UP.indexOf(c) >= 0)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** A gate right after the estate ("锦绣家园东门"). */
    private static String gateAfter(String text, String estate) {
        int at = text.indexOf(estate) + estate.length();
        Matcher gate = GATE.matcher(text.substring(at));
        return gate.find() ? gate.group() : "";
    }
}
