package org.gridline.conversation;

import java.time.LocalDate;

/** The answers of 报备: who, how to reach them, from where, since when, and where they stay (with its grid). */
public record RegistrationSlots(String name, String phone, String origin, LocalDate arrival, PlaceSlot stay)
        implements FormSlots {
    public static final RegistrationSlots EMPTY = new RegistrationSlots(null, null, null, null, null);

    public RegistrationSlots withName(String value) {
        return new RegistrationSlots(value, phone, origin, arrival, stay);
    }

    public RegistrationSlots withPhone(String value) {
        return new RegistrationSlots(name, value, origin, arrival, stay);
    }

    public RegistrationSlots withOrigin(String value) {
        return new RegistrationSlots(name, phone, value, arrival, stay);
    }

    public RegistrationSlots withArrival(LocalDate value) {
        return new RegistrationSlots(name, phone, origin, value, stay);
    }

    public RegistrationSlots withStay(PlaceSlot value) {
        return new RegistrationSlots(name, phone, origin, arrival, value);
    }
}
