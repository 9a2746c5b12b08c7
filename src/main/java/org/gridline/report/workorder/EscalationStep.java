package org.gridline.report.workorder;

import java.util.List;

/**
 * The automatic nudges of issue 7, each at a fraction of the time allowed (filing → deadline) and addressed to whoever
 * must act next, so that an unhandled report climbs until someone does.
 */
public enum EscalationStep {
    REMINDER("催办", 0.75, List.of(Recipient.ASSIGNEE)),
    SUPERVISION("督办", 1.0, List.of(Recipient.GRID_LEADER)),
    ESCALATION("上报", 1.5, List.of(Recipient.STREET_STAFF, Recipient.DEPARTMENT));

    /** Who a step notifies. */
    public enum Recipient { ASSIGNEE, GRID_LEADER, STREET_STAFF, DEPARTMENT }

    private final String label;
    private final double fraction;
    private final List<Recipient> recipients;

    EscalationStep(String label, double fraction, List<Recipient> recipients) {
        this.label = label;
        this.fraction = fraction;
        this.recipients = recipients;
    }

    public String label() {
        return label;
    }

    /** The share of the allowed time after which the step is due: 0.75, 1.0, 1.5. */
    public double fraction() {
        return fraction;
    }

    public List<Recipient> recipients() {
        return recipients;
    }
}
