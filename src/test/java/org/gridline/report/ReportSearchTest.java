package org.gridline.report;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.gridline.auth.Caller;
import org.gridline.auth.Role;
import org.gridline.platform.error.DomainException;
import org.gridline.report.ReportSearch.SortKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The queue's filter from a query string: defaults, several values, refusals, a caller's scope, the way back. */
class ReportSearchTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, null);
    private static final Caller LEADER = new Caller("leader-cs-01", Role.LEADER, "CS-01");

    private static ReportSearch parse(String query) {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                params.add(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return ReportSearch.parse(params, TODAY);
    }

    @Test
    void withoutParametersItIsTheLastThirtyBeijingDaysNewestFirst() {
        ReportSearch search = parse("");
        assertEquals(ReportSearch.defaults(TODAY), search);
        assertEquals(LocalDate.of(2026, 11, 5), search.from());
        assertEquals(TODAY, search.to());
        assertEquals(ZonedDateTime.of(2026, 11, 5, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant(),
                search.start());
        assertEquals(ZonedDateTime.of(2026, 12, 5, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant(), search.end());
        assertEquals(SortKey.FILED, search.sort());
        assertFalse(search.ascending());
        assertEquals(0, search.page());
        assertEquals(20, search.size());
        assertEquals("", search.queryString());
    }

    @Test
    void gridsAndCategoriesMayBeRepeatedOrCommaSeparated() {
        ReportSearch search = parse("grid=CS-01&grid=CS-02,QX-01&category=ENV,%20FAC&category=");
        assertEquals(Set.of("CS-01", "CS-02", "QX-01"), search.grids());
        assertEquals(Set.of("ENV", "FAC"), search.categories());
    }

    @Test
    void everyFilterIsRead() {
        ReportSearch search = parse("status=received&assignee=o_w1&department=ZJJ&channel=chat&overdue=on"
                + "&from=2026-01-01&to=2026-01-31&q=路灯&sort=left&order=desc&page=3&size=50");
        assertEquals(ReportStatus.RECEIVED, search.status());
        assertEquals("o_w1", search.assignee());
        assertEquals("ZJJ", search.department());
        assertEquals("chat", search.channel());
        assertTrue(search.overdueOnly());
        assertEquals(LocalDate.of(2026, 1, 1), search.from());
        assertEquals(LocalDate.of(2026, 1, 31), search.to());
        assertFalse(search.defaultRange());
        assertEquals("路灯", search.q());
        assertEquals(SortKey.LEFT, search.sort());
        assertFalse(search.ascending());
        assertEquals(3, search.page());
        assertEquals(50, search.size());
    }

    @Test
    void onlyAnEndGivesThirtyDaysUpToIt() {
        ReportSearch search = parse("to=2026-06-30");
        assertEquals(LocalDate.of(2026, 6, 1), search.from());
        assertFalse(search.defaultRange());
    }

    @Test
    void theDeadlineAndTimeLeftSortNearestFirstUnlessAskedOtherwise() {
        assertTrue(parse("sort=deadline").ascending());
        assertTrue(parse("sort=left").ascending());
        assertFalse(parse("sort=deadline&order=desc").ascending());
        assertTrue(parse("order=asc").ascending());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "status=LOST                 | invalid-status",
            "channel=sms                 | invalid-channel",
            "channel=hotline             | invalid-channel",
            "from=2026-13-01             | invalid-date",
            "to=yesterday                | invalid-date",
            "from=2026-02-01&to=2026-01-01 | invalid-range",
            "sort=rating                 | invalid-sort",
            "order=up                    | invalid-order",
            "page=-1                     | invalid-page",
            "page=x                      | invalid-page",
            "size=0                      | invalid-size",
            "size=101                    | invalid-size",
            "overdue=maybe               | invalid-overdue",
            "status=RECEIVED&status=CLOSED | invalid-status",
            "grid=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 | invalid-grid"})
    void aParameterNotUnderstoodIs400NamingIt(String query, String code) {
        var e = assertThrows(DomainException.class, () -> parse(query));
        assertEquals(400, e.status());
        assertEquals(code, e.code());
    }

    @Test
    void theTextIsLimitedInLength() {
        var e = assertThrows(DomainException.class, () -> parse("q=" + "字".repeat(101)));
        assertEquals("invalid-q", e.code());
        assertEquals("字".repeat(100), parse("q=" + "字".repeat(100)).q());
    }

    @Test
    void aLeaderSeesTheirOwnGridOnly() {
        assertEquals(Set.of("CS-01"), parse("").scopedTo(LEADER).grids());
        assertEquals(Set.of("CS-01"), parse("grid=CS-01").scopedTo(LEADER).grids());
        var e = assertThrows(DomainException.class, () -> parse("grid=CS-01,CS-02").scopedTo(LEADER));
        assertEquals(403, e.status());
        assertEquals("not-your-grid", e.code());
        var none = assertThrows(DomainException.class,
                () -> parse("").scopedTo(new Caller("x", Role.LEADER, null)));
        assertEquals(403, none.status());
    }

    @Test
    void anAdminSearchesAsAsked() {
        assertEquals(Set.of(), parse("").scopedTo(ADMIN).grids());
        assertEquals(Set.of("CS-02", "QX-01"), parse("grid=QX-01,CS-02").scopedTo(ADMIN).grids());
    }

    @Test
    void theQueryStringGivesTheSameSearchBack() {
        String query = "grid=CS-01&grid=QX-02&category=ENV&status=DISPATCHED&assignee=o_w%261&department=ZJJ"
                + "&channel=chat&overdue=true&from=2026-01-01&to=2026-01-31&q=50%25+%E8%B7%AF%E7%81%AF"
                + "&sort=deadline&order=desc&page=2&size=50";
        ReportSearch search = parse(query);
        assertEquals("o_w&1", search.assignee());
        assertEquals("50% 路灯", search.q());
        assertEquals(query, search.queryString());
        assertEquals(search, parse(search.queryString()));
        assertEquals(query.replace("&page=2&size=50", ""), search.filterQueryString());
    }

    @Test
    void defaultsAreLeftOutOfTheQueryString() {
        assertEquals("status=RECEIVED", parse("status=RECEIVED&sort=filed&order=desc&page=0&size=20").queryString());
        assertEquals("sort=left", parse("sort=left&order=asc").queryString());
        assertEquals("page=4", parse("").withPage(4).queryString());
        assertEquals("sort=deadline&order=desc", parse("page=3").withSort(SortKey.DEADLINE, false).queryString());
    }
}
