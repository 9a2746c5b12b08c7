package org.gridline.inbox;

/** "This user has stored messages to process." Carries no message: the inbox table is the only copy. */
public record InboxSignal(String openid) {
}
