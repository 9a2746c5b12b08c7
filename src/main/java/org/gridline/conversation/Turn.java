package org.gridline.conversation;

import org.gridline.conversation.nlu.Recognition;
import org.gridline.grid.GeoPoint;
import org.gridline.platform.time.ClockProducer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One message as the dialogues see it.
 *
 * @param text        what was typed (or the platform's speech recognition); empty for pins and photos
 * @param recognition the intent of {@code text}
 * @param location    the pin of a location message, else null
 * @param label       the pin's place name, else null
 * @param photo       a photo reference (PicUrl, else MediaId) of an image message, else null
 * @param sentAt      when the resident sent it (dates such as 昨天 are relative to it)
 */
public record Turn(String openid, String text, Recognition recognition, GeoPoint location, String label,
                   String photo, Instant sentAt) {

    public boolean isText() {
        return location == null && photo == null;
    }

    /** The day the message was sent, in Beijing time. */
    public LocalDate day() {
        return LocalDate.ofInstant(sentAt, ClockProducer.ZONE);
    }
}
