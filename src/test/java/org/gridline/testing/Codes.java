package org.gridline.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Codes unique to one test run: the test database outlives runs, and a code can be created only once. */
public final class Codes {
    private Codes() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.currentTimeMillis() % 100_000_000, 36)
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36), 36);
    }
}
