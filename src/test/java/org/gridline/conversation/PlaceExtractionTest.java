package org.gridline.conversation;

import org.gridline.conversation.nlu.SlotExtractor;
import org.gridline.grid.AddressMatcher;
import org.gridline.grid.Boundaries;
import org.gridline.grid.CityMap;
import org.gridline.grid.Located;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The place in a resident's own words, as the reporting form takes it: extracted from the message, looked up the way
 * {@link Places} does (the extracted words, then the whole message), and found in the same building and grid that
 * {@code GridDirectory} finds for the building's plain name. The city is the one of issue 24: HX-01 has 和谐小区1–3栋.
 */
class PlaceExtractionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final SlotExtractor EXTRACTOR = new SlotExtractor();
    private static final CityMap CITY = new CityMap(List.of(
            grid("HX-01", "和谐社区第一网格", 0), grid("CS-01", "昌盛社区第一网格", 1), grid("QX-01", "群星社区第一网格", 2)),
            buildings());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // at the start, 栋, Arabic, with and without punctuation
        "和谐小区1栋门口的垃圾桶被撞坏了，垃圾撒了一地       | 和谐小区1栋          | 和谐小区1栋 | 和谐小区一栋",
        "和谐小区1栋2单元门口的垃圾桶被撞坏了               | 和谐小区1栋2单元     | 和谐小区1栋 | 和谐小区1栋",
        "和谐小区1栋2单元301室漏水                         | 和谐小区1栋2单元301室 | 和谐小区1栋 | 和谐小区1栋",
        "和谐小区，1栋，2单元，楼道灯坏了                   | 和谐小区1栋2单元     | 和谐小区1栋 | 和谐小区1栋",
        "和谐小区 2栋 1单元 302 楼道灯坏了                  | 和谐小区2栋1单元302  | 和谐小区2栋 | 和谐小区2栋",
        // at the start, Chinese numerals, 号楼/幢/座
        "和谐小区三号楼二单元三零一室门口堆满了垃圾          | 和谐小区3号楼2单元301室 | 和谐小区3栋 | 和谐小区三栋",
        "和谐小区二幢楼下井盖没了                           | 和谐小区2幢          | 和谐小区2栋 | 和谐小区2栋",
        "和谐小区3座的电梯坏了                              | 和谐小区3座          | 和谐小区3栋 | 和谐小区3栋",
        "幸福小区3栋2单元楼道灯坏了                         | 幸福小区3栋2单元     | 幸福小区3栋 | 幸福小区三栋",
        "幸福小区三栋二单元的楼道灯坏了                     | 幸福小区3栋2单元     | 幸福小区3栋 | 幸福小区3栋",
        "幸福小区3栋 2单元楼道灯坏了                        | 幸福小区3栋2单元     | 幸福小区3栋 | 幸福小区3栋",
        "幸福小区3栋的2单元楼道灯坏了                       | 幸福小区3栋2单元     | 幸福小区3栋 | 幸福小区3栋",
        // in the middle
        "垃圾桶在和谐小区1栋门口被撞坏了                    | 和谐小区1栋          | 和谐小区1栋 | 和谐小区1栋",
        "我家住在和谐小区2号楼1单元，楼道灯一直不亮          | 和谐小区2号楼1单元   | 和谐小区2栋 | 和谐小区2栋",
        "楼下的和谐小区三栋二单元门口有人乱扔垃圾            | 和谐小区3栋2单元     | 和谐小区3栋 | 和谐小区3栋",
        "路灯坏了，在群星苑2座1单元门口，晚上很黑            | 群星苑2座1单元       | 群星苑2栋   | 群星苑2栋",
        "住幸福小区的5栋402室楼上漏水                       | 幸福小区5栋402室     | 幸福小区5栋 | 幸福小区5栋",
        // at the end
        "垃圾桶被撞坏了，和谐小区1栋                        | 和谐小区1栋          | 和谐小区1栋 | 和谐小区1栋",
        "垃圾桶被撞坏了 和谐小区一号楼                      | 和谐小区1号楼        | 和谐小区1栋 | 和谐小区1栋",
        "楼道灯坏了好几天了。地址：和谐小区3幢2单元201       | 和谐小区3幢2单元201  | 和谐小区3栋 | 和谐小区3栋",
        "电梯又坏了在幸福小区6栋                            | 幸福小区6栋          | 幸福小区6栋 | 幸福小区6栋",
        // an alias the extractor cannot delimit: the whole message names the building, the unit stays
        "幸福里3栋2单元门口垃圾没人收                       | 幸福小区3栋2单元     | 幸福小区3栋 | 幸福里三栋",
    })
    void aBuildingNamedAnywhereInTheMessageIsFoundInItsGrid(String message, String shown, String building,
                                                           String plainWords) {
        Places.Place place = lookUp(message);
        Located expected = CITY.locate(plainWords).orElseThrow();
        assertEquals(shown, place.shown(), message);
        assertEquals(building, place.located().map(Located::buildingName).orElse(null), message);
        assertEquals(building, expected.buildingName(), plainWords);
        assertEquals(expected.gridCode(), place.located().get().gridCode(), message);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "人民路和建设路交叉口的红绿灯坏了 | 人民路和建设路交叉口 | none",
        "和谐小区门口的路灯不亮         | 和谐小区门口         | HX-01",
        "在昌盛路12号门口有人摆摊       | 昌盛路12号           | none",
        "和谐小区9栋楼道灯坏了          | 和谐小区9栋          | HX-01",
    })
    void aPlaceWithoutARegisteredBuildingIsKeptAsTyped(String message, String shown, String grid) {
        Places.Place place = lookUp(message);
        assertEquals(shown, place.shown());
        assertEquals(grid, place.located().map(Located::gridCode).orElse(null));
        assertNull(place.located().map(Located::buildingName).orElse(null));
    }

    /** What {@link Places#address(FormState, String, String, String, boolean)} decides for the message. */
    private static Places.Place lookUp(String message) {
        String address = EXTRACTOR.extract(message, TODAY).address().orElseThrow(() -> new AssertionError(message));
        Optional<Located> byAddress = CITY.locate(address);
        return Places.choose(address, byAddress, CITY.locate(message));
    }

    private static CityMap.GridEntry grid(String code, String name, double offset) {
        return new CityMap.GridEntry(code, name, "C1", Boundaries.polygon(List.of(List.of(offset, 0.0),
                List.of(offset + 1, 0.0), List.of(offset + 1, 1.0), List.of(offset, 1.0), List.of(offset, 0.0))));
    }

    private static List<AddressMatcher.Building> buildings() {
        List<AddressMatcher.Building> all = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            all.add(new AddressMatcher.Building("HX-01", "和谐小区" + i + "栋", List.of()));
        }
        for (int i = 1; i <= 6; i++) {
            all.add(new AddressMatcher.Building("CS-01", "幸福小区" + i + "栋", i == 1 ? List.of("幸福里") : List.of()));
        }
        for (int i = 1; i <= 4; i++) {
            all.add(new AddressMatcher.Building("QX-01", "群星苑" + i + "栋", List.of()));
        }
        return all;
    }
}
