package org.gridline.platform.db;

import io.vertx.pgclient.PgException;

/**
 * What an error PostgreSQL answered says, for code outside this package: the Vert.x SQL client's types stay here and
 * in the two places that use the raw pool ({@code ArchitectureTest} checks it). Hibernate Reactive hands these errors
 * over as causes of its own exceptions.
 */
public final class PgErrors {
    private PgErrors() {
    }

    /** The SQLSTATE of the first error the server answered among the causes; null when there is none. */
    public static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg) {
                return pg.getSqlState();
            }
        }
        return null;
    }

    /** The constraint (or unique index) this very error names when it is an integrity violation; else null. */
    public static String violatedConstraint(Throwable error) {
        return error instanceof PgException pg && pg.getSqlState() != null && pg.getSqlState().startsWith("23")
                ? pg.getConstraint() : null;
    }
}
