package org.gridline.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.*;

/** The engine's rules on the reporting form's slots, one row per state or phrasing. */
class FormRulesTest {
    private static final PlaceSlot PLACE = new PlaceSlot("幸福小区3栋", 31.2, 121.4, "幸福小区3栋", "G1", "幸福网格", "3栋");
    private final FormRules rules = new FormRules(2, Duration.ofMinutes(30));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                  | ''        | description",
            "description                         | ''        | category",
            "description,category                | ''        | location",
            "description,category,location       | ''        | pin",
            "description,category,location,pin   | ''        | phone",
            "description,category,location       | pin       | phone",
            "description,category,location,pin   | phone     | confirm",
            "description,category,location,pin,phone | ''    | confirm",
            "category,location                   | ''        | description"})
    void theNextQuestionIsTheFirstSlotNeitherAnsweredNorSkipped(String answered, String skipped, String next) {
        FormState<ReportSlots> form = FormState.of(FormKind.REPORT, ReportSlots.EMPTY);
        for (String slot : answered.split(",")) {
            if (!slot.isBlank()) {
                form.update(slots -> answered(slots, slot.strip()));
            }
        }
        if (!skipped.isBlank()) {
            form.skipped.add(skipped);
        }
        assertEquals(next, rules.next(ReportDialogue.SPEC, form));
    }

    @ParameterizedTest
    @CsvSource({"改地址, phone, location", "地址写错了, confirm, location", "改电话, confirm, phone",
            "重新说, confirm, description", "重新说, location, location", "说错了, phone, phone",
            "分类不对重新选, confirm, category"})
    void aCorrectionMeansTheSlotItNamesElseTheOneAsked(String text, String asking, String target) {
        FormState<ReportSlots> form = FormState.of(FormKind.REPORT, ReportSlots.EMPTY);
        form.asking = asking;
        assertEquals(target, rules.correctionTarget(ReportDialogue.SPEC, form, text));
    }

    @ParameterizedTest
    @CsvSource({"phone, true", "pin, true", "location, false", "description, false", "category, false"})
    void onlyOptionalSlotsMayBeSkipped(String asking, boolean allowed) {
        FormState<ReportSlots> form = FormState.of(FormKind.REPORT, ReportSlots.EMPTY);
        form.asking = asking;
        assertEquals(allowed, rules.skip(ReportDialogue.SPEC, form));
        assertEquals(allowed, form.skipped.contains(asking));
    }

    @ParameterizedTest
    @CsvSource({"1, true", "2, true", "3, false"})
    void aQuestionIsAskedAgainAtMostTwice(int failedAnswers, boolean mayAskAgain) {
        FormState<ReportSlots> form = FormState.of(FormKind.REPORT, ReportSlots.EMPTY);
        rules.ask(form, "location");
        boolean last = true;
        for (int i = 0; i < failedAnswers; i++) {
            last = rules.mayAskAgain(form);
        }
        assertEquals(mayAskAgain, last);
    }

    @ParameterizedTest
    @CsvSource({"location, location, 2", "location, phone, 0"})
    void askingANewQuestionStartsItsCountAfresh(String first, String then, int reAsks) {
        FormState<ReportSlots> form = FormState.of(FormKind.REPORT, ReportSlots.EMPTY);
        rules.ask(form, first);
        rules.mayAskAgain(form);
        rules.mayAskAgain(form);
        rules.ask(form, then);
        assertEquals(reAsks, form.reAsks);
    }

    @ParameterizedTest
    @CsvSource({"location, 'pin'", "phone, ''"})
    void aCorrectionForgetsTheAnswerWithItsAuxiliaryKeys(String slot, String aux) {
        FormState<ReportSlots> form = FormState.of(FormKind.REPORT, ReportSlots.EMPTY);
        form.update(s -> answered(s, slot).withDuplicateChecked(slot.equals("location")));
        for (String key : aux.split(",")) {
            if (!key.isBlank()) {
                form.update(s -> answered(s, key));
            }
        }
        form.update(s -> s.withDescription("kept"));
        rules.clear(ReportDialogue.SPEC, form, slot);
        assertEquals(ReportSlots.EMPTY.withDescription("kept"), form.slots);
    }

    @ParameterizedTest
    @CsvSource({"29, false", "30, false", "31, true"})
    void aFormLeftAloneLongerThanTheTimeoutIsADraft(int minutesLater, boolean expired) {
        OffsetDateTime touched = OffsetDateTime.parse("2026-12-03T08:00:00+08:00");
        assertEquals(expired, rules.expired(touched, touched.plusMinutes(minutesLater)));
    }

    /** The slots with {@code slot} answered. */
    private static ReportSlots answered(ReportSlots slots, String slot) {
        return switch (slot) {
            case "description" -> slots.withDescription("x");
            case "category" -> slots.withCategory("x");
            case "location" -> slots.withLocation(PLACE);
            case "pin" -> slots.withPin(ReportSlots.Pin.NOT_NEEDED);
            case "phone" -> slots.withPhone("x");
            default -> throw new IllegalArgumentException(slot);
        };
    }
}
