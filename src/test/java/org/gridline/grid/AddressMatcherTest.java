package org.gridline.grid;

import org.gridline.grid.AddressMatcher.Building;
import org.gridline.grid.AddressMatcher.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressMatcherTest {
    /** 幸福小区 lies in one grid; 阳光花园 spans two; 阳光家园 makes the short name 阳光 ambiguous; 翠湖苑 has an alias. */
    private static final List<Building> REGISTRY = List.of(
            new Building("G01", "幸福小区1栋", null),
            new Building("G01", "幸福小区3栋", null),
            new Building("G01", "幸福小区10栋", null),
            new Building("G02", "阳光花园3栋", null),
            new Building("G03", "阳光花园13栋", null),
            new Building("G06", "阳光家园3栋", null),
            new Building("G05", "翠湖苑2座", List.of("翠湖山庄")));

    private final AddressMatcher matcher = new AddressMatcher(REGISTRY);

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            幸福小区3栋2单元301                     | G01 | 幸福小区3栋
            幸福小区三栋                           | G01 | 幸福小区3栋
            幸福小区3号楼                          | G01 | 幸福小区3栋
            幸福小区3幢                            | G01 | 幸福小区3栋
            幸福小区3座                            | G01 | 幸福小区3栋
            幸福小区3楼                            | G01 | 幸福小区3栋
            住在幸福小区3栋                         | G01 | 幸福小区3栋
            我住在幸福小区三栋二单元三零一，楼道灯坏了   | G01 | 幸福小区3栋
            幸福小区 3 栋                          | G01 | 幸福小区3栋
            幸福小区３栋                            | G01 | 幸福小区3栋
            我在幸福小区，3栋门口                    | G01 | 幸福小区3栋
            幸福3栋                               | G01 | 幸福小区3栋
            幸福三号楼                             | G01 | 幸福小区3栋
            幸福小区1栋                            | G01 | 幸福小区1栋
            幸福小区一栋                           | G01 | 幸福小区1栋
            幸福小区10栋                           | G01 | 幸福小区10栋
            幸福小区十栋                           | G01 | 幸福小区10栋
            阳光花园3栋                            | G02 | 阳光花园3栋
            阳光花园13栋                           | G03 | 阳光花园13栋
            阳光花园十三栋5楼                       | G03 | 阳光花园13栋
            阳光家园3栋                            | G06 | 阳光家园3栋
            翠湖苑2座                              | G05 | 翠湖苑2座
            翠湖苑２座                              | G05 | 翠湖苑2座
            翠湖山庄二栋                           | G05 | 翠湖苑2座
            翠湖2号楼                              | G05 | 翠湖苑2座
            从幸福小区3栋搬到阳光花园13栋              | G01 | 幸福小区3栋
            阳光花园3栋隔壁的幸福小区1栋               | G02 | 阳光花园3栋
            5栋的人说幸福小区3栋漏水                  | G01 | 幸福小区3栋
            幸福小区13栋                           |     |
            幸福小区31栋                           |     |
            幸福小区5栋                            |     |
            幸福小区                              |     |
            幸福小区2单元301                        |     |
            阳光3栋                               |     |
            幸福路3号                              |     |
            3栋                                  |     |
            翠湖苑12座                             |     |
            ''                                   |     |
            """)
    void matchesTheBuilding(String text, String grid, String building) {
        Optional<Match> expected = grid == null ? Optional.empty() : Optional.of(new Match(grid, building));
        assertEquals(expected, matcher.match(text));
    }

    @ParameterizedTest(name = "estate in {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            幸福小区             | G01
            我住幸福小区门口有垃圾 | G01
            翠湖山庄             | G05
            阳光家园东门          | G06
            阳光花园             |
            幸福                 |
            没有地址             |
            """)
    void matchesAnEstateThatLiesInOneGrid(String text, String grid) {
        Optional<Match> expected = grid == null ? Optional.empty() : Optional.of(new Match(grid, null));
        assertEquals(expected, matcher.matchEstate(text));
    }

    @Test
    void treatsNullAsNoAddress() {
        assertEquals(Optional.empty(), matcher.match(null));
        assertEquals(Optional.empty(), matcher.matchEstate(null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no building number      | 幸福小区     | 幸福小区      | must be estate
            no estate               | 3栋         | 3栋          | must be estate
            building listed twice   | 幸福小区3栋  | 幸福小区三号楼 | listed twice
            """)
    void rejectsABadRegistry(String what, String first, String second, String message) {
        List<Building> registry = List.of(new Building("G1", first, null), new Building("G1", second, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AddressMatcher(registry));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void rejectsOneAliasForTwoEstates() {
        List<Building> registry = List.of(new Building("G1", "幸福小区3栋", List.of("老街坊")),
                new Building("G2", "阳光花园3栋", List.of("老街坊")));
        assertThrows(IllegalArgumentException.class, () -> new AddressMatcher(registry));
    }

    /** Thread CPU time, so that other work on a shared machine does not fail the test; a scan of the registry would. */
    @Test
    void findsTheRightBuildingAmongTenThousand() {
        AddressMatcher large = new AddressMatcher(AddressMatcherBenchmark.registry(500, 20));
        String sentence = AddressMatcherBenchmark.SENTENCE;
        assertEquals(Optional.of(new Match("G377", "东方377号院小区12栋")), large.match(sentence));
    }
}
