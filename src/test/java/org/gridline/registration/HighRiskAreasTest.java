package org.gridline.registration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class HighRiskAreasTest {
    private final HighRiskAreas areas = new HighRiskAreas(List.of("武汉", " 某某县 ", ""));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"湖北武汉|武汉", "武汉市|武汉", "某某县|某某县", "广州|", "|"})
    void anOriginIsHighRiskWhenItNamesAListedArea(String origin, String area) {
        assertEquals(Optional.ofNullable(area), areas.match(origin));
    }
}
