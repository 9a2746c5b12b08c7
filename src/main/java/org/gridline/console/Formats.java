package org.gridline.console;

import io.quarkus.qute.TemplateExtension;
import org.gridline.platform.Page;
import org.gridline.platform.text.Masking;
import org.gridline.platform.time.ClockProducer;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** How console pages show times (Beijing time, to the minute), phones and openids (masked). */
@TemplateExtension
final class Formats {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {
    }

    /** {@code {report.createdAt.shown}}: e.g. 2026-12-04 19:30; empty for none. */
    static String shown(OffsetDateTime time) {
        return time == null ? "" : MINUTE.format(time.atZoneSameInstant(ClockProducer.ZONE));
    }

    /** {@code {items.pager}} of a page of a list. */
    static Pager pager(Page<?> page) {
        return Pager.of(page.page(), page.size(), page.total());
    }

    /** {@code {phone.masked}}: 138****5678. */
    static String masked(String phone) {
        return phone == null ? "" : Masking.phone(phone);
    }

    /** {@code {openid.maskedId}}: the first and last characters of an openid only. */
    static String maskedId(String openid) {
        return openid == null ? "" : Masking.openid(openid);
    }
}
