package org.gridline.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a report is, as people read it: in full (a reply, the timeline) and short (a list line). */
class PlaceTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "幸福小区2栋301 | 幸福小区2栋 | 22.5 | 113.1 | 幸福小区2栋301      | 幸福小区2栋301",
            "-            | 幸福小区2栋 | 22.5 | 113.1 | 幸福小区2栋         | 幸福小区2栋",
            "-            | -         | 22.5 | 113.1 | 见定位（22.5, 113.1） | 见定位",
            "-            | -         | -    | -     | 未提供              | 见定位"})
    void theAddressThenTheBuildingThenThePin(String address, String building, Double lat, Double lng, String full,
                                             String shortForm) {
        Report r = new Report();
        r.address = address;
        r.building = building;
        r.latitude = lat;
        r.longitude = lng;
        assertEquals(full, PlaceText.of(r));
        assertEquals(shortForm, PlaceText.shortOf(r));
    }
}
