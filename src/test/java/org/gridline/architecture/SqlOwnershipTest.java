package org.gridline.architecture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No SQL in one feature over another feature's tables, in Java code ({@link SqlOwnership}): every class under
 * {@code src/main/java} against the table owners of the shipped migrations; the rule itself, by examples.
 */
class SqlOwnershipTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path ROOT = MAIN.resolve("org/gridline");
    private static final Map<String, String> OWNERS = Map.of("grid", "grid", "grid_member", "grid",
            "report", "report", "outbox_message", "notify");

    @Test
    void noFeatureNamesAnotherFeaturesTableInItsSql() throws IOException, URISyntaxException {
        MigrationRule.Shipped shipped = MigrationRule.shipped();
        Map<String, String> owners = MigrationRule.owners(shipped.migrations(), MigrationRule.features());
        assertTrue(owners.size() > 30 && "grid".equals(owners.get("grid_member"))
                        && "report".equals(owners.get("report_dispatch_turn")),
                "the owners come from the migrations: " + owners);
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                problems.addAll(SqlOwnership.problems(MAIN.relativize(file).toString(), feature(file),
                        Files.readString(file, StandardCharsets.UTF_8), owners));
            }
        }
        assertEquals(List.of(), problems, "SQL over another feature's tables (reach them through its service)");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            report | String q = "SELECT openid FROM grid_member WHERE grid_code = ?1";       | grid's table grid_member
            report | String q = \"""\\n    UPDATE grid_member SET x = 1\\n    \""";           | grid's table grid_member
            report | String q = "select r.number from " + "Report r, GridMember m, grid g";   | grid's table grid
            report | String q = "SELECT 1 FROM report r JOIN grid g ON g.code = r.grid_code"; | grid's table grid
            report | String q = "DELETE FROM grid WHERE code = ?1";                            | grid's table grid
            report | String q = "INSERT INTO outbox_message VALUES (?1)";                       | notify's table outbox_message
            report | String q = "ALTER TABLE IF EXISTS grid ADD COLUMN x INT";                  | grid's table grid
            grid   | String q = "SELECT 1 FROM grid g JOIN grid_member m ON m.grid_code = g.code"; | ''
            report | String q = "SELECT 1 FROM report WHERE grid_code = ?1";                   | ''
            report | // SELECT 1 FROM grid\\nString q = "x"; /* UPDATE grid */                 | ''
            report | String q = "the grid of the report"; String r = "update its grid";         | ''
            report | String q = "SELECT 1 FROM " + TABLE + " grid";                             | ''
            """)
    void oneRuleForEverySqlString(String feature, String source, String problem) {
        List<String> expected = problem.isEmpty() ? List.of() : List.of("F.java (" + feature + ") names " + problem);
        assertEquals(expected, SqlOwnership.problems("F.java", feature, source.replace("\\n", "\n"), OWNERS));
    }

    @Test
    void literalsAreReadOutsideCommentsAndCharactersAndJoinedAcrossPlus() {
        String source = """
                // "FROM grid"
                char quote = '"'; char escaped = '\\'';
                String a = "SELECT 1 " /* "x" */ + "FROM grid" + // next
                        "_member";
                String b = \"""
                    UPDATE report SET x = '\\"'
                    \""";
                """;
        assertEquals(List.of("SELECT 1 FROM grid_member", "\n    UPDATE report SET x = '\\\"'\n    "),
                SqlOwnership.literals(source));
    }

    /** The feature of a main source file: its package directly under org.gridline. */
    private static String feature(Path file) {
        Path relative = ROOT.relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }
}
