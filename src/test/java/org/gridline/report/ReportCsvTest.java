package org.gridline.report;

import org.gridline.grid.GridPlace;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

/** The export's columns: one field per column, in order, Beijing times, names for codes, text neutralised. */
class ReportCsvTest {
    private static final List<String> COLUMNS = IntStream.range(0, ReportCsv.COLUMNS).mapToObj(i -> "列" + i).toList();
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final OffsetDateTime FILED = OffsetDateTime.parse("2026-12-01T01:02:03Z");
    private static final ReportCsv CSV = new ReportCsv(new ReportCsv.Words(COLUMNS, "是", "否"),
            Map.of("CS-01", new GridPlace("CS-01", "昌盛社区第一网格", "昌盛社区", "白沙街道")),
            Map.of("o_w1", "网格员甲"), code -> code.equals("FAC") ? "市政设施" : code, Map.of("ZJJ", "住建局"), NOW);

    private static ExportRow row(ReportStatus status, OffsetDateTime deadline, String description) {
        return new ExportRow("R2026120100001", "FAC", "CS-01", status, 3, FILED, FILED.plusMinutes(1),
                FILED.plusHours(1), status == ReportStatus.CLOSED ? FILED.plusHours(5) : null,
                status == ReportStatus.CLOSED ? FILED.plusHours(30) : null, null, deadline, null, "o_w1", "ZJJ",
                status == ReportStatus.CLOSED ? Rating.SATISFIED : null, 22.58, 113.08, description);
    }

    /** The fields of one line (a test-side reader of what CsvFormat writes). */
    private static List<String> fields(String line) {
        assertTrue(line.endsWith("\r\n"), line);
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String body = line.substring(0, line.length() - 2);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted && c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    @Test
    void theHeaderStartsWithTheByteOrderMarkAndNamesEveryColumn() {
        String header = CSV.header();
        assertTrue(header.startsWith("\uFEFF列0,列1,"), header);
        assertEquals(COLUMNS, fields(header.substring(1)));
    }

    @Test
    void aClosedReportHasEveryTimeAndItsRating() {
        List<String> f = fields(CSV.line(row(ReportStatus.CLOSED, FILED.plusHours(72), "路灯坏了")));
        assertEquals(ReportCsv.COLUMNS, f.size());
        assertEquals(List.of("R2026120100001", "FAC", "市政设施", "CS-01", "昌盛社区第一网格", "昌盛社区", "白沙街道",
                "chat", "已关闭", "3", "2026-12-01 09:02:03", "2026-12-01 09:03:03", "2026-12-01 10:02:03",
                "2026-12-01 14:02:03", "2026-12-02 15:02:03", "", "2026-12-04 09:02:03", "否", "网格员甲", "住建局",
                "满意", "22.58", "113.08", "路灯坏了"), f);
    }

    @Test
    void anOpenReportPastItsDeadlineIsOverdue() {
        List<String> f = fields(CSV.line(row(ReportStatus.ACCEPTED, FILED.plusHours(24), "x")));
        assertEquals("是", f.get(17));
        assertEquals("", f.get(13));
        assertEquals("", f.get(20));
    }

    @Test
    void aResidentsTextCannotBecomeAFormulaOrBreakTheLine() {
        String line = CSV.line(row(ReportStatus.RECEIVED, null, "=HYPERLINK(\"http://evil\",\"点我\")\r\n第二行, 还有"));
        List<String> f = fields(line);
        assertEquals(ReportCsv.COLUMNS, f.size());
        assertEquals("'=HYPERLINK(\"http://evil\",\"点我\")\r\n第二行, 还有", f.get(23));
        assertTrue(line.contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\r\n第二行, 还有\"\r\n"), line);
        assertEquals("否", f.get(17));
    }

    @Test
    void unknownCodesStayCodesAndMissingPlacesAreEmpty() {
        ExportRow r = new ExportRow("R1", "ZZZ", null, ReportStatus.RECEIVED, 4, FILED, null, null, null, null, null,
                null, null, "o_gone", "XX", null, null, null, "-1 分");
        List<String> f = fields(CSV.line(r));
        assertEquals(List.of("ZZZ", "ZZZ", "", "", "", ""), f.subList(1, 7));
        assertEquals("o_gone", f.get(18));
        assertEquals("XX", f.get(19));
        assertEquals(List.of("", "", "'-1 分"), f.subList(21, 24));
    }

    @Test
    void theWordsMustNameEveryColumn() {
        assertThrows(IllegalArgumentException.class, () -> new ReportCsv.Words(List.of("编号"), "是", "否"));
    }
}
