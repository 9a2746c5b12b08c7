package org.gridline.grid;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

class BuildingNameTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "幸福小区3栋, 幸福小区, 幸福小区3栋",
            "幸福小区三栋, 幸福小区, 幸福小区3栋",
            "幸福小区 3号楼, 幸福小区, 幸福小区3栋",
            "昌盛花园十二幢, 昌盛花园, 昌盛花园12栋",
            "群星苑２座, 群星苑, 群星苑2栋",
            "星河公寓3a栋, 星河公寓, 星河公寓3A栋"})
    void oneSpellingForEveryWayOfWritingIt(String written, String estate, String canonical) {
        BuildingName name = BuildingName.parse(written);
        assertEquals(estate, name.estate());
        assertEquals(canonical, name.canonical());
    }

    @ParameterizedTest
    @ValueSource(strings = {"幸福小区", "3栋", "", "幸福小区3栋2单元"})
    void aNameWithoutEstateAndNumberIsRefused(String written) {
        assertThrows(IllegalArgumentException.class, () -> BuildingName.parse(written));
    }
}
