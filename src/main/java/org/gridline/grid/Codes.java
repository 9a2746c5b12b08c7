package org.gridline.grid;

/** The shape of every code in the city model (streets, communities, grids, departments). */
final class Codes {
    static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,31}";
    static final String MESSAGE = "1 to 32 of letters, digits, _ and -, starting with a letter or digit";

    private Codes() {
    }
}
