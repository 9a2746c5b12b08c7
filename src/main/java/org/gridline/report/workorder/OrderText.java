package org.gridline.report.workorder;

import org.gridline.platform.time.ShortTime;
import org.gridline.report.PhotoList;
import org.gridline.report.PlaceText;
import org.gridline.report.Report;

import java.util.List;

/**
 * What the notices show of a report, as it stands now. {@code phone} is whole: only texts to the order's assignee and
 * the grid's leader show it.
 */
record OrderText(String number, String shortNumber, String category, String place, String description,
                 String deadline, String status, boolean emergency, String phone, List<String> photos) {
    static OrderText of(Report r, String categoryName) {
        return new OrderText(r.number, r.number.substring(r.number.length() - 4), categoryName, PlaceText.of(r),
                r.description, ShortTime.of(r.deadline), r.status.label(), r.emergency, r.contactPhone,
                PhotoList.read(r.photos));
    }
}
