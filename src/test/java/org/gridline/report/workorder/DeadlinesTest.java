package org.gridline.report.workorder;

import org.gridline.report.DeadlineBadge;
import org.gridline.report.ReportStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.gridline.report.workorder.EscalationStep.*;
import static org.junit.jupiter.api.Assertions.*;

/** Deadlines by category and level; escalation steps at 75 %, 100 % and 150 % of the time allowed, each once. */
class DeadlinesTest {
    private static final Instant FILED = Instant.parse("2026-11-29T02:00:00Z");

    @ParameterizedTest
    @CsvSource({
            "24, 1, 2026-11-29T08:00:00Z",   // 24 h × 0.25 = 6 h
            "24, 2, 2026-11-29T14:00:00Z",   // 24 h × 0.5 = 12 h
            "24, 3, 2026-11-30T02:00:00Z",   // 24 h × 1
            "24, 4, 2026-11-30T02:00:00Z",
            "72, 9, 2026-12-02T02:00:00Z",   // unknown level: not shortened
            " 2, 1, 2026-11-29T02:30:00Z"})  // 2 h × 0.25 = 30 min
    void deadlineIsFilingPlusCategoryHoursShortenedByLevel(int hours, int level, Instant expected) {
        assertEquals(expected, Deadlines.withDefaults().deadline(FILED, hours, level));
    }

    @Test
    void levelFactorsAreConfigurable() {
        var deadlines = new Deadlines(Map.of(1, 0.1));
        assertEquals(Instant.parse("2026-11-29T04:00:00Z"), deadlines.deadline(FILED, 20, 1));
        assertThrows(IllegalArgumentException.class, () -> new Deadlines(Map.of(1, 0.0)));
    }

    /** 改类: the deadline moves by the difference of the time allowed; time added by a 挂起 stays added. */
    @ParameterizedTest
    @CsvSource({
            "72, 3, 24, 2, 2026-11-29T14:00:00Z, 2026-12-02T02:00:00Z",  // 72 h → 12 h
            "24, 2, 72, 3, 2026-12-02T02:00:00Z, 2026-11-29T14:00:00Z",  // 12 h → 72 h
            "48, 3, 48, 3, 2026-12-01T02:00:00Z, 2026-12-01T02:00:00Z",  // same rules: unchanged
            "72, 3, 24, 2, 2026-11-29T17:00:00Z, 2026-12-02T05:00:00Z"}) // suspended 3 h: still 3 h later
    void aNewCategoryMovesTheDeadlineByTheDifferenceInTimeAllowed(int oldHours, int oldLevel, int newHours,
                                                                  int newLevel, Instant expected, Instant deadline) {
        assertEquals(expected, Deadlines.withDefaults().reclassified(deadline, oldHours, oldLevel, newHours,
                newLevel));
    }

    /** The queue's amber badge turns on exactly when 催办 falls due. */
    @ParameterizedTest
    @CsvSource({"2026-11-29T10:00:00Z", "2026-11-29T02:00:07Z", "2026-12-05T11:13:00Z"})
    void theAmberBadgeStartsWhenTheReminderIsDue(Instant deadline) {
        assertEquals(REMINDER.fraction(), DeadlineBadge.AMBER_FRACTION);
        Instant reminder = Deadlines.dueAt(REMINDER, FILED, deadline);
        OffsetDateTime start = FILED.atOffset(ZoneOffset.UTC);
        OffsetDateTime end = deadline.atOffset(ZoneOffset.UTC);
        assertEquals(DeadlineBadge.GREEN, DeadlineBadge.at(reminder.minusMillis(1), ReportStatus.ACCEPTED, start, end,
                null));
        assertEquals(DeadlineBadge.AMBER, DeadlineBadge.at(reminder, ReportStatus.ACCEPTED, start, end, null));
    }

    /** Filed 02:00, deadline 10:00 (8 h): reminder at 08:00, supervision at 10:00, escalation at 14:00. */
    @ParameterizedTest
    @CsvSource({
            "2026-11-29T07:59:59Z, '',                             ''",
            "2026-11-29T08:00:00Z, '',                             REMINDER",
            "2026-11-29T08:00:00Z, REMINDER,                       ''",
            "2026-11-29T10:00:00Z, REMINDER,                       SUPERVISION",
            "2026-11-29T13:59:59Z, REMINDER SUPERVISION,           ''",
            "2026-11-29T14:00:00Z, REMINDER SUPERVISION,           ESCALATION",
            "2026-11-30T00:00:00Z, '',                             REMINDER SUPERVISION ESCALATION",
            "2026-11-30T00:00:00Z, REMINDER SUPERVISION ESCALATION, ''"})
    void dueStepsAreThoseReachedAndNotYetFired(Instant now, String fired, String expected) {
        var deadline = Instant.parse("2026-11-29T10:00:00Z");
        assertEquals(steps(expected), Deadlines.dueSteps(FILED, deadline, now, Set.copyOf(steps(fired))));
    }

    @Test
    void aClockTickingEveryMinuteFiresEachStepExactlyOnce() {
        var deadline = Instant.parse("2026-11-29T10:00:00Z");
        Set<EscalationStep> fired = EnumSet.noneOf(EscalationStep.class);
        List<String> log = new ArrayList<>();
        for (Instant now = FILED; now.isBefore(Instant.parse("2026-11-29T20:00:00Z")); now = now.plusSeconds(60)) {
            for (EscalationStep s : Deadlines.dueSteps(FILED, deadline, now, fired)) {
                fired.add(s);
                log.add(s + "@" + now);
            }
        }
        assertEquals(List.of("REMINDER@2026-11-29T08:00:00Z", "SUPERVISION@2026-11-29T10:00:00Z",
                "ESCALATION@2026-11-29T14:00:00Z"), log);
    }

    @Test
    void stepsAddressWhoMustActNext() {
        assertEquals(List.of(Recipient.ASSIGNEE), REMINDER.recipients());
        assertEquals(List.of(Recipient.GRID_LEADER), SUPERVISION.recipients());
        assertEquals(List.of(Recipient.STREET_STAFF, Recipient.DEPARTMENT), ESCALATION.recipients());
        assertEquals("催办 督办 上报",
                Arrays.stream(values()).map(EscalationStep::label).collect(Collectors.joining(" ")));
    }

    private static List<EscalationStep> steps(String names) {
        return names.isBlank() ? List.of()
                : Arrays.stream(names.trim().split("\\s+")).map(EscalationStep::valueOf).toList();
    }

    @Test
    void levelFactorsParseFromConfigAndABadPairIsNamed() {
        Deadlines parsed = Deadlines.parse("1=0.25, 2=0.5");
        Instant filed = Instant.parse("2026-11-29T00:00:00Z");
        assertEquals(filed.plusSeconds(6 * 3600), parsed.deadline(filed, 24, 1));
        assertEquals(filed.plusSeconds(24 * 3600), parsed.deadline(filed, 24, 3));
        var e = assertThrows(IllegalArgumentException.class, () -> Deadlines.parse("1=0.25,2:0.5"));
        assertTrue(e.getMessage().contains("'2:0.5'"), e.getMessage());
    }
}
