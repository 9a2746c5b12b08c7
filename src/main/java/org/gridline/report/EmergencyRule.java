package org.gridline.report;

import java.util.List;

/**
 * A line of the {@code emergencies} section: phrases that mean someone may be in danger now, the numbers the
 * resident must call at once, and the category the report is filed under at level 1.
 */
public record EmergencyRule(List<String> phrases, List<String> phones, String category) {
    public EmergencyRule {
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        phones = phones == null ? List.of() : List.copyOf(phones);
    }
}
