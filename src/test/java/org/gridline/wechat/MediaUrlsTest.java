package org.gridline.wechat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which photo URLs are kept (issue 13, item 13): http(s) from the platform's media hosts (its pushes carry http
 * PicUrls); loopback only in the simulator.
 */
class MediaUrlsTest {
    private static final List<String> HOSTS = List.of("mmbiz.qpic.cn", "mmbiz.qlogo.cn");
    private final MediaUrls platform = new MediaUrls(HOSTS, false);
    private final MediaUrls simulator = new MediaUrls(HOSTS, true);

    @ParameterizedTest(name = "{0} → platform {1}, simulator {2}")
    @CsvSource(delimiter = '|', value = {
            "https://mmbiz.qpic.cn/mmbiz_jpg/abc/0                  | ok                    | ok",
            "HTTPS://MMBIZ.QPIC.CN/mmbiz_jpg/abc/0                  | ok                    | ok",
            "https://wx.mmbiz.qpic.cn/a.jpg                         | ok                    | ok",
            "https://mmbiz.qlogo.cn/a.jpg                           | ok                    | ok",
            "http://mmbiz.qpic.cn/mmbiz_jpg/abc/0                   | ok                    | ok",
            "http://localhost:8080/simulator/cat.jpg                | authority-not-allowed | ok",
            "http://localhost/simulator/cat.jpg                     | host-not-allowed      | ok",
            "https://127.0.0.1/cat.jpg                              | host-not-allowed      | ok",
            "javascript:alert(1)                                    | scheme-not-allowed    | scheme-not-allowed",
            "file:///etc/passwd                                     | scheme-not-allowed    | scheme-not-allowed",
            "data:image/png;base64,AAAA                             | scheme-not-allowed    | scheme-not-allowed",
            "ftp://mmbiz.qpic.cn/a.jpg                              | scheme-not-allowed    | scheme-not-allowed",
            "https://169.254.169.254/latest/meta-data               | host-not-allowed      | host-not-allowed",
            "http://[fe80::1]/a.jpg                                 | host-not-allowed      | host-not-allowed",
            "https://[fe80::1]/a.jpg                                | host-not-allowed      | host-not-allowed",
            "https://evil.example/a.jpg                             | host-not-allowed      | host-not-allowed",
            "https://mmbiz.qpic.cn.evil.example/a.jpg               | host-not-allowed      | host-not-allowed",
            "https://evilmmbiz.qpic.cn/a.jpg                        | host-not-allowed      | host-not-allowed",
            "https://mmbiz.qpic.cn@evil.example/a.jpg               | authority-not-allowed | authority-not-allowed",
            "https://evil@mmbiz.qpic.cn/a.jpg                       | authority-not-allowed | authority-not-allowed",
            "https://mmbiz.qpic.cn:8443/a.jpg                       | authority-not-allowed | ok",
            "//mmbiz.qpic.cn/a.jpg                                  | scheme-not-allowed    | scheme-not-allowed",
            "/local/a.jpg                                           | scheme-not-allowed    | scheme-not-allowed",
            "https://mmbiz.qpic.cn/a b.jpg                          | not-a-url             | not-a-url",
            "'   '                                                  | empty-or-too-long     | empty-or-too-long"})
    void decides(String url, String onPlatform, String inSimulator) {
        assertEquals(onPlatform, platform.refusal(url).orElse("ok"));
        assertEquals(inSimulator, simulator.refusal(url).orElse("ok"));
    }

    @org.junit.jupiter.api.Test
    void aVeryLongUrlIsRefused() {
        assertEquals("empty-or-too-long", platform.refusal("https://mmbiz.qpic.cn/" + "a".repeat(3000)).orElse("ok"));
    }
}
