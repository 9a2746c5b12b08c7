package org.gridline.points;

import java.util.List;

/** A page of a volunteer's available-points entries, newest first, with the balances now. */
public record Statement(Balance balance, int page, int pageSize, List<StatementEntry> entries) {
}
