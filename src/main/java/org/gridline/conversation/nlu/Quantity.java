package org.gridline.conversation.nlu;

/** An amount with its measure word, e.g. "两包" → 2 包; used for rewards, donations and help requests. */
public record Quantity(int amount, String unit) {
}
