package org.gridline.grid;

/** One role a person holds: in which grid, as what. */
public record GridRole(String gridCode, MemberRole role) {
}
