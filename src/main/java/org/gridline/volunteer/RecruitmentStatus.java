package org.gridline.volunteer;

/** A recruitment is drafted, then published (open for sign-up until its deadline), or cancelled. */
public enum RecruitmentStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
