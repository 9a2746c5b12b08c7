package org.gridline.conversation.nlu;

import java.util.List;

/**
 * An emergency found in a message. The conversation answers with {@code phones} before anything else, and files the
 * report under {@code categoryCode} at level 1 (the most urgent).
 *
 * @param phrase       the words that triggered it, for the log and the worker's view
 * @param phones       numbers to call, e.g. 119 (fire, gas), 110 (police), 120 (ambulance)
 * @param categoryCode the category the report is filed under
 */
public record Emergency(String phrase, List<String> phones, String categoryCode) {
    /** The level every emergency is filed at. */
    public static final int LEVEL = 1;
}
