package org.gridline.conversation;

/**
 * The answers of 事件上报 and what the form found out on the way.
 *
 * @param category         a category code of the standard
 * @param pin              settled when the place has a grid or a pin, or the resident answered the one request for one
 * @param emergency        the emergency phrase the first message said, with {@code emergencyPhones} ("110/120")
 * @param duplicateOf      the number of the probable duplicate offered to follow
 * @param duplicateChecked whether duplicates were looked for with the category and place known now
 * @param filed            the number of the emergency report filed from this form
 */
public record ReportSlots(String description, String category, PlaceSlot location, Pin pin, String phone,
                          String emergency, String emergencyPhones, String duplicateOf, boolean duplicateChecked,
                          String filed) implements FormSlots {
    /** Why no pin is asked for (any more). */
    public enum Pin { NOT_NEEDED, DECLINED }

    public static final ReportSlots EMPTY = new ReportSlots(null, null, null, null, null, null, null, null, false,
            null);

    public ReportSlots withDescription(String value) {
        return new ReportSlots(value, category, location, pin, phone, emergency, emergencyPhones, duplicateOf,
                duplicateChecked, filed);
    }

    public ReportSlots withCategory(String value) {
        return new ReportSlots(description, value, location, pin, phone, emergency, emergencyPhones, duplicateOf,
                duplicateChecked, filed);
    }

    public ReportSlots withLocation(PlaceSlot value) {
        return new ReportSlots(description, category, value, pin, phone, emergency, emergencyPhones, duplicateOf,
                duplicateChecked, filed);
    }

    public ReportSlots withPin(Pin value) {
        return new ReportSlots(description, category, location, value, phone, emergency, emergencyPhones, duplicateOf,
                duplicateChecked, filed);
    }

    public ReportSlots withPhone(String value) {
        return new ReportSlots(description, category, location, pin, value, emergency, emergencyPhones, duplicateOf,
                duplicateChecked, filed);
    }

    public ReportSlots withEmergency(String phrase, String phones) {
        return new ReportSlots(description, category, location, pin, phone, phrase, phones, duplicateOf,
                duplicateChecked, filed);
    }

    public ReportSlots withDuplicateOf(String value) {
        return new ReportSlots(description, category, location, pin, phone, emergency, emergencyPhones, value,
                duplicateChecked, filed);
    }

    public ReportSlots withDuplicateChecked(boolean value) {
        return new ReportSlots(description, category, location, pin, phone, emergency, emergencyPhones, duplicateOf,
                value, filed);
    }

    public ReportSlots withFiled(String value) {
        return new ReportSlots(description, category, location, pin, phone, emergency, emergencyPhones, duplicateOf,
                duplicateChecked, value);
    }

    public boolean hasEmergency() {
        return emergency != null;
    }
}
