package org.gridline.grid;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** Answers of the admin API for the city model. */
public final class CityViews {
    private CityViews() {
    }

    public record StreetView(String code, String name, java.util.List<String> dutyOpenids) {
        static StreetView of(Street s) {
            return new StreetView(s.code, s.name, JsonColumns.list(s.dutyOpenids));
        }
    }

    public record CommunityView(String code, String name, String streetCode) {
        static CommunityView of(Community c) {
            return new CommunityView(c.code, c.name, c.streetCode);
        }
    }

    public record BuildingView(String name, String estate, List<String> aliases, Integer units,
            List<String> dwellings) {
        static BuildingView of(Building b) {
            return new BuildingView(b.name, b.estate, JsonColumns.list(b.aliases), b.units,
                    JsonColumns.list(b.dwellings));
        }
    }

    /** A grid; lists leave {@code buildings} out, and {@code leader} is absent while the grid has none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GridView(String code, String name, String communityCode, List<List<Double>> boundary,
                           MemberView leader, List<BuildingView> buildings) {
        static GridView of(Grid g, MemberView leader, List<BuildingView> buildings) {
            return new GridView(g.code, g.name, g.communityCode, JsonColumns.ring(g.boundary), leader, buildings);
        }
    }
}
