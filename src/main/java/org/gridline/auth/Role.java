package org.gridline.auth;

/** What a staff login may do: {@code ADMIN} (street staff) everything, {@code LEADER} (网格长) their own grid only. */
public enum Role {
    ADMIN,
    LEADER;

    /** Names for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String LEADER = "LEADER";

        private Names() {
        }
    }
}
