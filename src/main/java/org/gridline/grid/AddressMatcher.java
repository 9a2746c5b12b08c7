package org.gridline.grid;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the building, and so the grid, that a resident's free-text address names: "住在幸福小区三栋二单元301" →
 * 幸福小区3栋. Reports without a map pin are dispatched by this.
 *
 * <p>Text is normalized as {@link AddressText} does. A building is a number followed by 栋, 幢, 座, 号楼 or 楼 (all one
 * unit), right after an estate name: its own name, an alias, or either without 小区/花园/苑/公寓/家园/新村 when that
 * shortened name fits one estate only. The whole number must match (13栋 never matches 3栋), and the longest estate
 * name before the number decides the estate. The first building in the text that is in the registry wins. Lookups use
 * maps built once, so a sentence costs a few dozen hash lookups.
 */
public final class AddressMatcher {
    private static final Pattern BUILDING = Pattern.compile("(?<![0-9])([0-9]+[A-Z]?)(?:号楼|栋|幢|座|楼)");
    private static final Pattern BUILDING_NAME = Pattern.compile("(.+?)([0-9]+[A-Z]?)(?:号楼|栋|幢|座|楼)");

    /** A registry row: the building's grid, its name as "estate + number + 栋" and other names of its estate. */
    public record Building(String gridCode, String buildingName, List<String> estateAliases) {
        public Building {
            Objects.requireNonNull(gridCode, "gridCode");
            Objects.requireNonNull(buildingName, "buildingName");
            estateAliases = estateAliases == null ? List.of() : List.copyOf(estateAliases);
        }
    }

    /** Where an address points; {@code buildingName} is null when only the estate was recognised. */
    public record Match(String gridCode, String buildingName) {
    }

    private final EstateIndex estates = new EstateIndex();
    private final Map<String, Map<String, Building>> buildings = new HashMap<>();
    private final Map<String, Set<String>> gridsOfEstate = new HashMap<>();

    public AddressMatcher(List<Building> registry) {
        registry.forEach(this::add);
    }

    /** The building named in the text, if it is in the registry. */
    public Optional<Match> match(String addressText) {
        if (addressText == null) {
            return Optional.empty();
        }
        String text = AddressText.normalize(addressText);
        Matcher m = BUILDING.matcher(text);
        while (m.find()) {
            String estate = estateEndingAt(text, m.start());
            Building building = estate == null ? null : buildings.get(estate).get(m.group(1));
            if (building != null) {
                return Optional.of(new Match(building.gridCode(), building.buildingName()));
            }
        }
        return Optional.empty();
    }

    /**
     * The grid of the first estate named in the text (by its full name or an alias), when all its buildings are in
     * one grid; for "幸福小区" without a building.
     */
    public Optional<Match> matchEstate(String addressText) {
        if (addressText == null) {
            return Optional.empty();
        }
        String text = AddressText.normalize(addressText);
        for (int start = 0; start < text.length(); start++) {
            for (int end = Math.min(text.length(), start + estates.longestKey()); end > start; end--) {
                String estate = estates.findExplicit(text.substring(start, end));
                if (estate != null) {
                    Set<String> grids = gridsOfEstate.get(estate);
                    return grids.size() == 1 ? Optional.of(new Match(grids.iterator().next(), null)) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private String estateEndingAt(String text, int end) {
        for (int start = Math.max(0, end - estates.longestKey()); start < end; start++) {
            String estate = estates.find(text.substring(start, end));
            if (estate != null) {
                return estate;
            }
        }
        return null;
    }

    private void add(Building building) {
        Matcher m = BUILDING_NAME.matcher(AddressText.normalize(building.buildingName()));
        if (!m.matches()) {
            throw new IllegalArgumentException("building name must be estate + number + 栋: " + building.buildingName());
        }
        String estate = m.group(1);
        estates.add(estate, estate);
        building.estateAliases().forEach(alias -> estates.add(estate, AddressText.normalize(alias)));
        Building previous = buildings.computeIfAbsent(estate, e -> new HashMap<>()).putIfAbsent(m.group(2), building);
        if (previous != null) {
            throw new IllegalArgumentException("building listed twice: " + building.buildingName());
        }
        gridsOfEstate.computeIfAbsent(estate, e -> new HashSet<>()).add(building.gridCode());
    }
}
