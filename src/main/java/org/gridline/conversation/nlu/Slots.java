package org.gridline.conversation.nlu;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything one message already told us, so the conversation does not ask for it again.
 *
 * @param phone       11-digit mainland mobile number, digits only
 * @param address     an address-looking span with Arabic numerals ("幸福小区3栋2单元301")
 * @param origin      where an arriving person came from ("湖北武汉")
 * @param arrivalDate a date mentioned in the message, resolved against the message date
 * @param name        a person name after 我叫 / 姓名
 * @param quantities  amounts with measure words, in reading order
 */
public record Slots(Optional<String> phone, Optional<String> address, Optional<String> origin,
                    Optional<LocalDate> arrivalDate, Optional<String> name, List<Quantity> quantities) {
    public Slots {
        quantities = List.copyOf(quantities);
    }
}
