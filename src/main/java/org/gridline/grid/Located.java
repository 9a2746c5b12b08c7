package org.gridline.grid;

/** The grid a location or address falls in; {@code buildingName} is set when an address named a registered building. */
public record Located(String gridCode, String gridName, String communityCode, String buildingName,
        MatchedBy matchedBy) {
    /** What decided the grid. */
    public enum MatchedBy { POINT, BUILDING, ESTATE }
}
