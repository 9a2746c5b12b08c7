package org.gridline.grid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.gridline.grid.GeoFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class CityMapTest {
    private final CityMap map = new CityMap(
            List.of(new CityMap.GridEntry("G2", "第二网格", "C1", square(1, 0, 1)),
                    new CityMap.GridEntry("G1", "第一网格", "C1", square(0, 0, 1))),
            List.of(new AddressMatcher.Building("G1", "幸福小区3栋", List.of("幸福里")),
                    new AddressMatcher.Building("G2", "昌盛花园1栋", List.of()),
                    new AddressMatcher.Building("G2", "昌盛花园2栋", List.of())));

    @ParameterizedTest(name = "({0}, {1}) → {2}")
    @CsvSource(nullValues = "none", value = {
            "0.5, 0.5, G1",
            "1.5, 0.5, G2",
            "1.0, 0.5, G1",
            "5.0, 5.0, none"})
    void locatesPointsWithTiesToTheSmallestCode(double x, double y, String grid) {
        assertEquals(grid, map.locate(at(x, y)).map(Located::gridCode).orElse(null));
    }

    @Test
    void aFoundPointCarriesTheGridsNameAndCommunity() {
        Located found = map.locate(at(1.5, 0.5)).orElseThrow();
        assertEquals(new Located("G2", "第二网格", "C1", null, Located.MatchedBy.POINT), found);
    }

    @ParameterizedTest(name = "{0} → {1} by {2}")
    @CsvSource(nullValues = "none", value = {
            "幸福小区3栋2单元301, G1, BUILDING",
            "幸福小区三栋, G1, BUILDING",
            "幸福里3号楼, G1, BUILDING",
            "昌盛花园, G2, ESTATE",
            "幸福小区13栋, G1, ESTATE",
            "火星基地1栋, none, none"})
    void locatesAddresses(String address, String grid, Located.MatchedBy by) {
        var found = map.locate(address);
        assertEquals(grid, found.map(Located::gridCode).orElse(null));
        assertEquals(by, found.map(Located::matchedBy).orElse(null));
    }
}
