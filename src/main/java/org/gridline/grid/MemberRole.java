package org.gridline.grid;

/** A person's role in one grid: 网格长 (exactly one per grid), 专职网格员, 兼职网格员/志愿者. */
public enum MemberRole {
    LEADER,
    WORKER,
    VOLUNTEER
}
