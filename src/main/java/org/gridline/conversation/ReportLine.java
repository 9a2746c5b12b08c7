package org.gridline.conversation;

/** A report as the resident's 查询 lists it, and a line of its timeline ({@code number} empty there). */
public record ReportLine(String number, String when, String what, String note) {
}
