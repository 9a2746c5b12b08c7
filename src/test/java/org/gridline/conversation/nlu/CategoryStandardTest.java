package org.gridline.conversation.nlu;

import org.gridline.report.Category;
import org.gridline.report.CategoryStandard;
import org.gridline.report.InvalidStandardException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CategoryStandardTest {
    private static final String VALID = """
            departments: {SQ: 社区居委会, CGJ: 城管}
            problemWords: [坏了]
            categories:
              - {code: ENV, name: 环境卫生, level: 3, deadlineHours: 48, department: CGJ, keywords: [垃圾], synonyms: [垃圾没人清]}
              - {code: OTH, name: 其他, level: 4, deadlineHours: 120, department: SQ}
            emergencies:
              - {phrases: [着火], phones: ["119"], category: ENV}
            """;

    @Test
    void shippedStandardHasTheRequiredCategories() {
        List<String> codes = NluFixtures.STANDARD.categories().stream().map(Category::code).toList();
        assertEquals(List.of("ENV", "FAC", "SAF", "ORD", "DIS", "CIV", "TRA", "EPI", "WEL", "OTH"), codes);
        assertEquals("其他", NluFixtures.STANDARD.other().name());
        assertTrue(NluFixtures.STANDARD.emergencies().size() >= 5);
    }

    @Test
    void parsesAValidDocument() {
        CategoryStandard standard = CategoryStandard.parse(VALID);
        Category env = standard.category("ENV").orElseThrow();
        assertEquals(List.of("垃圾"), env.keywords());
        assertEquals(48, env.deadlineHours());
        assertEquals(List.of(), standard.other().keywords());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "duplicate code      | code: OTH, name: 其他        | code ENV is used twice",
        "level out of range  | level: 3                     | level must be 1..4, was 7",
        "zero deadline       | deadlineHours: 48            | deadlineHours must be > 0, was 0",
        "unknown department  | department: CGJ              | department XX is not listed",
        "duplicate phrase    | synonyms: [垃圾没人清]        | phrase \"垃圾\" appears in ENV keywords and in ENV synonyms",
        "missing OTH         | code: OTH                    | category OTH (其他) is required",
        "emergency category  | category: ENV}               | category NOPE does not exist",
    })
    void rejectsABrokenDocumentNamingTheEntry(String why, String original, String expectedMessage) {
        String broken = VALID.replace(original.trim(), replacement(why));
        InvalidStandardException e = assertThrows(InvalidStandardException.class, () -> CategoryStandard.parse(broken));
        assertTrue(e.getMessage().contains(expectedMessage.trim()), why + " → " + e.getMessage());
    }

    @Test
    void rejectsAMisspeltKey() {
        String broken = VALID.replace("deadlineHours: 48", "deadline: 48");
        InvalidStandardException e = assertThrows(InvalidStandardException.class, () -> CategoryStandard.parse(broken));
        assertTrue(e.getMessage().contains("deadline"), e.getMessage());
    }

    @Test
    void reportsAMissingFile() {
        InvalidStandardException e = assertThrows(InvalidStandardException.class,
                () -> CategoryStandard.load(Path.of("no/such/categories.yaml")));
        assertTrue(e.getMessage().contains("no/such/categories.yaml"), e.getMessage());
    }

    private static String replacement(String why) {
        return switch (why.trim()) {
            case "duplicate code" -> "code: ENV, name: 其他";
            case "level out of range" -> "level: 7";
            case "zero deadline" -> "deadlineHours: 0";
            case "unknown department" -> "department: XX";
            case "duplicate phrase" -> "synonyms: [垃圾]";
            case "missing OTH" -> "code: OTX";
            case "emergency category" -> "category: NOPE}";
            default -> throw new IllegalArgumentException(why);
        };
    }
}
