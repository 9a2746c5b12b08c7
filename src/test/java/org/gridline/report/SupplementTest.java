package org.gridline.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** What adding to a filed report writes into it, and the timeline's words for it (never the phone itself). */
class SupplementTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "幸福小区2栋|幸福小区2栋|-|-|-|-|补充位置：幸福小区2栋",
            "-|-|22.5|113.1|-|-|补充位置：见定位（22.5, 113.1）",
            "-|-|-|-|13912345678|-|补充联系电话",
            "-|-|-|-|-|https://img.example/a.jpg|补充照片",
            "测试路口|-|22.5|113.1|13912345678|-|补充位置：测试路口；补充联系电话"})
    void whatIsAddedAndWhatTheTimelineSays(String address, String building, Double lat, Double lng, String phone,
                                           String photo, String timeline) {
        Report r = new Report();
        r.description = "闻到很浓的煤气味";
        r.photos = "[]";
        List<String> notes = new Supplement(address, building, lat, lng, null, phone, photo, null).applyTo(r);
        assertEquals(timeline, String.join("；", notes));
        assertEquals(address, r.address);
        assertEquals(building, r.building);
        assertEquals(lat, r.latitude);
        assertEquals(phone, r.contactPhone);
        assertEquals(photo == null ? "[]" : "[\"" + photo + "\"]", r.photos);
        assertEquals("闻到很浓的煤气味", r.description);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"闻到很浓的煤气味|还有小孩在家|闻到很浓的煤气味；还有小孩在家"})
    void moreWordsAreAppendedNotReplacing(String before, String added, String after) {
        Report r = new Report();
        r.description = before;
        r.address = "幸福小区2栋";
        assertEquals(List.of("补充说明：" + added), new Supplement(null, null, null, null, null, null, null, added)
                .applyTo(r));
        assertEquals(after, r.description);
        assertEquals("幸福小区2栋", r.address, "no place given: the place stays");
    }
}
