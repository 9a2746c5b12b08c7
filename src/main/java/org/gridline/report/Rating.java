package org.gridline.report;

/** The resident's verdict on a resolved report (回访评价). 满意 and 基本满意 count as satisfied; 不满意 reopens it. */
public enum Rating {
    SATISFIED("满意"), BASIC("基本满意"), UNSATISFIED("不满意");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean satisfied() {
        return this != UNSATISFIED;
    }
}
