package org.gridline.architecture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped migrations follow the README's numbering rule ({@link MigrationRule}); the rule itself, by examples. */
class MigrationRuleTest {
    private static final Set<String> FEATURES = Set.of("auth", "grid", "inbox", "notify", "report", "simulator");

    @Test
    void theShippedMigrationsFollowTheRule() throws IOException, URISyntaxException {
        MigrationRule.Shipped shipped = MigrationRule.shipped();
        assertEquals(List.of(), shipped.badNames(), "migration files not named V<n>__<lower_case_words>.sql");
        assertEquals(List.of(), MigrationRule.problems(shipped.migrations(), MigrationRule.features()));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            V60__grid_dispatch_turn.sql | ALTER TABLE grid ADD COLUMN x INT   | ''
            V60__report_turn.sql        | CREATE TABLE report_turn (x INT)    | ''
            V60__report_turn.sql        | CREATE INDEX r ON report (id)       | ''
            V60__turn.sql               | ALTER TABLE report ADD COLUMN x INT | V60__turn: no feature's name first
            V60__report_turn.sql        | ALTER TABLE grid ADD COLUMN x INT   | V60 (report) touches grid's grid
            V60__report_turn.sql        | UPDATE grid SET code = code         | V60 (report) touches grid's grid
            V60__report_turn.sql        | CREATE INDEX g ON grid (code)       | V60 (report) touches grid's grid
            V60__report_turn.sql        | -- grid is not ours\\nSELECT 1      | ''
            V20__report_late.sql        | ALTER TABLE report ADD COLUMN x INT | V20 is used twice
            """)
    void oneRuleForEveryNewMigration(String file, String sql, String problem) {
        List<MigrationRule.Migration> migrations = new ArrayList<>();
        migrations.add(new MigrationRule.Migration(2, "city", "CREATE TABLE grid (code VARCHAR(20) PRIMARY KEY);"));
        migrations.add(new MigrationRule.Migration(20, "points_ledger", ""));
        migrations.add(new MigrationRule.Migration(31, "report", "CREATE TABLE report (id BIGINT PRIMARY KEY);"));
        migrations.add(MigrationRule.parse(file, sql.replace("\\n", "\n")).orElseThrow());
        assertEquals(problem.isEmpty() ? List.of() : List.of(problem), MigrationRule.problems(migrations, FEATURES));
    }

    @Test
    void aNameOutsideThePatternIsNoMigration() {
        assertTrue(MigrationRule.parse("V61__Grid-Turn.sql", "").isEmpty());
        assertTrue(MigrationRule.parse("V61_grid_turn.sql", "").isEmpty());
    }
}
