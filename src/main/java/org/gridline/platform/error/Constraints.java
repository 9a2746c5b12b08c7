package org.gridline.platform.error;

import org.gridline.platform.db.PgErrors;

import java.util.Map;
import java.util.function.Function;

/**
 * Turns a database constraint violation into the {@link DomainException} the caller should see. The service checks
 * first for a clear message; the constraint is the guard against two requests racing past that check.
 */
public final class Constraints {
    private Constraints() {
    }

    /** The name of the violated constraint (or unique index) somewhere in the causes, or null. */
    public static String violated(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String constraint = PgErrors.violatedConstraint(t);
            if (constraint != null) {
                return constraint;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException h && h.getConstraintName() != null) {
                return h.getConstraintName();
            }
        }
        return null;
    }

    /**
     * A mapper for {@code onFailure().transform}: known constraints become their exception, the rest stay as they are.
     */
    public static Function<Throwable, Throwable> translate(Map<String, DomainException> byConstraint) {
        return failure -> {
            String name = violated(failure);
            return name != null && byConstraint.containsKey(name) ? byConstraint.get(name) : failure;
        };
    }
}
