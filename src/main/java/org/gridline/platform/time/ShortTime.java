package org.gridline.platform.time;

import org.gridline.platform.text.PlainTemplates;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A moment as a chat message shows it: day and minute in Beijing time, e.g. "11月30日 18:00"; a missing one reads as
 * the template {@code templates/ShortTime/notSet.txt}.
 */
public final class ShortTime {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final PlainTemplates TEXTS = PlainTemplates.of(ShortTime.class);

    private ShortTime() {
    }

    /** The moment, or "未设定" (not set) for null. */
    public static String of(OffsetDateTime at) {
        return at == null ? TEXTS.render("notSet") : DAY_TIME.format(at.atZoneSameInstant(ClockProducer.ZONE));
    }

    public static String of(Instant at) {
        return at == null ? TEXTS.render("notSet") : DAY_TIME.format(at.atZone(ClockProducer.ZONE));
    }
}
