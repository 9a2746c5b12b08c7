package org.gridline.report;

import org.gridline.platform.text.PlainTemplates;

import java.util.ArrayList;
import java.util.List;

/**
 * What a resident adds to a report already filed; null fields add nothing. The timeline's words for it are templates
 * under {@code templates/Supplement/}.
 *
 * @param address     with {@code building}, {@code latitude}/{@code longitude} and {@code gridCode}: the place, as the
 *                    conversation located it (the grid null when no grid contains it)
 * @param phone       the contact phone, normalised
 * @param photo       one more photo reference
 * @param description more words about the problem
 */
public record Supplement(String address, String building, Double latitude, Double longitude, String gridCode,
                         String phone, String photo, String description) {
    private static final PlainTemplates TEXTS = PlainTemplates.of(Supplement.class);

    public boolean hasPlace() {
        return address != null || building != null || latitude != null;
    }

    /** Writes what is added into the report; returns the timeline's words for it (never the phone number itself). */
    public List<String> applyTo(Report r) {
        List<String> notes = new ArrayList<>();
        if (hasPlace()) {
            r.address = address;
            r.building = building;
            r.latitude = latitude;
            r.longitude = longitude;
            notes.add(TEXTS.render("place", "place", PlaceText.of(r)));
        }
        if (phone != null) {
            r.contactPhone = phone;
            notes.add(TEXTS.render("phone"));
        }
        if (photo != null) {
            List<String> photos = new ArrayList<>(PhotoList.read(r.photos));
            photos.add(photo);
            r.photos = PhotoList.write(photos);
            notes.add(TEXTS.render("photo"));
        }
        if (description != null) {
            r.description = r.description == null ? description : r.description + "；" + description;
            notes.add(TEXTS.render("description", "description", description));
        }
        return notes;
    }
}
