package org.gridline.report;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The search as SQL: every filter a condition with its own parameter, LIKE's wildcards escaped, the order. */
class ReportSearchSqlTest {
    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

    private static ReportSearchSql sql(Map<String, List<String>> query, String placeholder) {
        var params = new MultivaluedHashMap<String, String>();
        query.forEach(params::addAll);
        return new ReportSearchSql(ReportSearch.parse(params, LocalDate.of(2026, 12, 4)), NOW, placeholder);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "路灯     | 路灯",
            "50%     | 50\\%",
            "a_b     | a\\_b",
            "c:\\tmp | c:\\\\tmp"})
    void likeWildcardsMatchThemselves(String text, String escaped) {
        assertEquals(escaped, ReportSearchSql.escapeLike(text));
    }

    @Test
    void theDefaultIsTheDateRangeNewestFirst() {
        ReportSearchSql sql = sql(Map.of(), "?");
        assertEquals("SELECT * FROM report WHERE created_at >= ?1 AND created_at < ?2 ORDER BY created_at DESC,"
                + " id DESC LIMIT 20 OFFSET 40", sql.select(40, 20));
        assertEquals(List.of(OffsetDateTime.parse("2026-11-04T16:00Z"), OffsetDateTime.parse("2026-12-04T16:00Z")),
                sql.params());
    }

    @Test
    void everyFilterHasItsParameterAndTheOrderItsOwn() {
        ReportSearchSql sql = sql(Map.of("grid", List.of("CS-02,CS-01"), "category", List.of("ENV"),
                "status", List.of("SUSPENDED"), "assignee", List.of("o_w"), "department", List.of("ZJJ"),
                "overdue", List.of("true"), "q", List.of("5%"), "sort", List.of("left")), "$");
        String count = sql.count();
        assertTrue(count.contains("grid_code IN ($3, $4)"), count);
        assertTrue(count.contains("category_code IN ($5)"), count);
        assertTrue(count.contains("status = $6") && count.contains("assignee = $7"), count);
        assertTrue(count.contains("department_code = $8"), count);
        assertTrue(count.contains("deadline < $9)"), count);
        assertTrue(count.contains("description ILIKE $10 ESCAPE '\\'"), count);
        assertFalse(count.contains("$11"), count);
        assertTrue(sql.export().contains("ELSE deadline - CAST($11 AS timestamptz) END ASC, id ASC"), sql.export());
        assertEquals(List.of("CS-01", "CS-02", "ENV", "SUSPENDED", "o_w", "ZJJ"), sql.params().subList(2, 8));
        assertEquals("%5\\%%", sql.params().get(9));
        assertEquals(10, sql.countParams().size());
        assertEquals(11, sql.params().size());
    }

    @Test
    void theDeadlineOrderPutsReportsWithoutOneLast() {
        assertTrue(sql(Map.of("sort", List.of("deadline"), "order", List.of("desc")), "?").select(0, 20)
                .contains("ORDER BY deadline DESC NULLS LAST, id DESC"));
    }
}
