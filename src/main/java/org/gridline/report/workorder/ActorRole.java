package org.gridline.report.workorder;

/**
 * Who acts on a work order, relative to that order: the service decides which one a caller is (the assignee, another
 * member of the report's grid, its leader, street staff, the resident who filed it, or the server itself).
 */
public enum ActorRole {
    ASSIGNEE, GRID_MEMBER, LEADER, STAFF, RESIDENT, SYSTEM
}
