package org.gridline.report.workorder;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deadlines and the escalation steps they trigger. The category sets the hours, the level may shorten them (urgent
 * levels get a fraction of the time). {@link #dueSteps} is a pure function of the times and of what has already fired,
 * so the caller, by recording each fired step, gets every step exactly once however often or late it asks.
 */
public final class Deadlines {
    /** Level 1 (most urgent) gets a quarter of the category's hours, level 2 half, levels 3 and 4 all of them. */
    public static final Map<Integer, Double> DEFAULT_LEVEL_FACTORS = Map.of(1, 0.25, 2, 0.5, 3, 1.0, 4, 1.0);

    private final Map<Integer, Double> levelFactors;

    public Deadlines(Map<Integer, Double> levelFactors) {
        levelFactors.forEach((level, f) -> {
            if (f == null || f <= 0) {
                throw new IllegalArgumentException("level " + level + " factor must be > 0: " + f);
            }
        });
        this.levelFactors = Map.copyOf(levelFactors);
    }

    /** From {@code "1=0.25,2=0.5"}; throws IllegalArgumentException naming the bad pair. */
    public static Deadlines parse(String pairs) {
        Map<Integer, Double> factors = new java.util.HashMap<>();
        for (String pair : pairs.split(",")) {
            String[] kv = pair.strip().split("=");
            try {
                if (kv.length != 2) {
                    throw new NumberFormatException();
                }
                factors.put(Integer.parseInt(kv[0].strip()), Double.parseDouble(kv[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("gridline.workorder.level-factors: '" + pair.strip()
                        + "' is not level=factor (e.g. 1=0.25)");
            }
        }
        return new Deadlines(factors);
    }

    public static Deadlines withDefaults() {
        return new Deadlines(DEFAULT_LEVEL_FACTORS);
    }

    /** filedAt + categoryHours × the level's factor; a level with no configured factor is not shortened (×1). */
    public Instant deadline(Instant filedAt, int categoryHours, int level) {
        return filedAt.plusSeconds(allowedSeconds(categoryHours, level));
    }

    /**
     * The deadline after a change of category (改类): moved by the difference between the time the new category and
     * level allow and the time the old ones allowed, so what was added to it meanwhile (time spent 挂起) stays added.
     */
    public Instant reclassified(Instant deadline, int oldHours, int oldLevel, int newHours, int newLevel) {
        return deadline.plusSeconds(allowedSeconds(newHours, newLevel) - allowedSeconds(oldHours, oldLevel));
    }

    private long allowedSeconds(int categoryHours, int level) {
        return Math.round(categoryHours * 3600 * levelFactors.getOrDefault(level, 1.0));
    }

    /** When a step falls due: filedAt + its fraction of the time allowed. */
    public static Instant dueAt(EscalationStep step, Instant filedAt, Instant deadline) {
        long allowed = Duration.between(filedAt, deadline).toMillis();
        return filedAt.plusMillis(Math.round(allowed * step.fraction()));
    }

    /** The steps due at {@code now} and not yet fired, in order; a late caller gets every missed step at once. */
    public static List<EscalationStep> dueSteps(Instant filedAt, Instant deadline, Instant now,
                                                Set<EscalationStep> alreadyFired) {
        return Arrays.stream(EscalationStep.values())
                .filter(s -> !alreadyFired.contains(s))
                .filter(s -> !now.isBefore(dueAt(s, filedAt, deadline)))
                .toList();
    }
}
