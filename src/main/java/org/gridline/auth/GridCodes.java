package org.gridline.auth;

import io.smallrye.mutiny.Uni;

/**
 * What the staff logins need of the city model: whether a grid code names a grid (a leader's login is bound to one).
 * A port, implemented by the grid feature's {@code GridDirectory}: the grid feature reads {@link Caller} and
 * {@link Role} from here, so auth must not import grid back (ArchitectureTest keeps the package graph acyclic).
 */
public interface GridCodes {
    /** Whether a grid with this code exists. */
    Uni<Boolean> exists(String gridCode);
}
