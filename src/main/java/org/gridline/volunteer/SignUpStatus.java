package org.gridline.volunteer;

/** A volunteer's place in a recruitment: taken, waiting for one (in id order), or given up. */
public enum SignUpStatus {
    SIGNED_UP,
    WAITLISTED,
    CANCELLED
}
