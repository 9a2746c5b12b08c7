package org.gridline.report;

/**
 * What adding to a filed report did.
 *
 * @param where         where the report is now (grid, assignee, deadline)
 * @param dispatchedNow the place found the report's grid and it was dispatched just now
 * @param assigneeTold  the worker who already had the order was told what was added
 */
public record Supplemented(String number, Dispatched where, boolean dispatchedNow, boolean assigneeTold) {
}
