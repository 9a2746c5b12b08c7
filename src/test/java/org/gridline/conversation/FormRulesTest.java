package org.gridline.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.*;

/** The engine's rules on the reporting form's slots, one row per state or phrasing. */
class FormRulesTest {
    private final FormRules rules = new FormRules(2);

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
        FormState form = FormState.of(FormKind.REPORT);
        for (String slot : answered.split(",")) {
            if (!slot.isBlank()) {
                form.put(slot.strip(), "x");
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
        FormState form = FormState.of(FormKind.REPORT);
        form.asking = asking;
        assertEquals(target, rules.correctionTarget(ReportDialogue.SPEC, form, text));
    }

    @ParameterizedTest
    @CsvSource({"phone, true", "pin, true", "location, false", "description, false", "category, false"})
    void onlyOptionalSlotsMayBeSkipped(String asking, boolean allowed) {
        FormState form = FormState.of(FormKind.REPORT);
        form.asking = asking;
        assertEquals(allowed, rules.skip(ReportDialogue.SPEC, form));
        assertEquals(allowed, form.skipped.contains(asking));
    }

    @ParameterizedTest
    @CsvSource({"1, true", "2, true", "3, false"})
    void aQuestionIsAskedAgainAtMostTwice(int failedAnswers, boolean mayAskAgain) {
        FormState form = FormState.of(FormKind.REPORT);
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
        FormState form = FormState.of(FormKind.REPORT);
        rules.ask(form, first);
        rules.mayAskAgain(form);
        rules.mayAskAgain(form);
        rules.ask(form, then);
        assertEquals(reAsks, form.reAsks);
    }

    @ParameterizedTest
    @CsvSource({"location, 'lat,lng,address,grid,gridName,building,duplicateChecked'", "phone, ''"})
    void aCorrectionForgetsTheAnswerWithItsAuxiliaryKeys(String slot, String aux) {
        FormState form = FormState.of(FormKind.REPORT);
        form.put(slot, "x");
        for (String key : aux.split(",")) {
            if (!key.isBlank()) {
                form.put(key, "y");
            }
        }
        form.put("description", "kept");
        rules.clear(ReportDialogue.SPEC, form, slot);
        assertEquals(java.util.Set.of("description"), form.slots.keySet());
    }
}
