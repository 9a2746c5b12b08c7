package org.gridline.report.workorder;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The dispatch rule, one row per case: the members in seniority order as {@code openid:openOrders:lastDispatched}
 * ({@code -} for never; times as minutes past a fixed instant), the one left out, and who gets the order.
 */
class DispatchRuleTest {
    private static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");

    @ParameterizedTest(name = "{0} except {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "a:0:-                    | null | a",
            "a:2:- b:1:- c:3:-        | null | b",
            "a:1:5 b:1:3 c:1:9        | null | b",
            "a:1:5 b:1:- c:1:-        | null | b",
            "a:0:- b:0:-              | null | a",
            "a:0:- b:0:-              | a    | b",
            "a:1:- b:0:-              | b    | a",
            "a:0:1 b:0:1 c:0:1        | null | a",
            "a:0:1 b:0:1 c:0:0        | null | c",
            "a:3:- b:3:2 c:2:10       | c    | a",
            "a:0:-                    | a    | none",
            "''                       | null | none",
    })
    void picks(String members, String except, String expected) {
        List<DispatchRule.Member> list = members.isBlank() ? List.of() : Arrays.stream(members.trim().split("\\s+"))
                .map(DispatchRuleTest::member).toList();
        String picked = DispatchRule.pick(list, except).map(DispatchRule.Member::openid).orElse("none");
        assertEquals(expected, picked);
    }

    private static DispatchRule.Member member(String spec) {
        String[] p = spec.split(":");
        Instant last = p[2].equals("-") ? null : T0.plusSeconds(60L * Integer.parseInt(p[2]));
        return new DispatchRule.Member(p[0], Integer.parseInt(p[1]), last);
    }
}
