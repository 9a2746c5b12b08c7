package org.gridline.console;

/** What happened to one report of a bulk action: done, or refused and why (in the console's words). */
public record BulkResult(String number, boolean done, String reason) {
    static BulkResult done(String number) {
        return new BulkResult(number, true, null);
    }

    static BulkResult refused(String number, String reason) {
        return new BulkResult(number, false, reason);
    }
}
