package org.gridline.grid;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds which estate a name means. Names registered explicitly (the estate's own name and its aliases) must be unique;
 * shortened names (without 小区, 花园, …) are kept only while they point to a single estate, because "幸福" may be
 * 幸福小区 or 幸福花园.
 */
final class EstateIndex {
    private final Map<String, String> explicit = new HashMap<>();
    private final Map<String, Set<String>> shortened = new HashMap<>();
    private int longestKey;

    /** Registers a name of the estate (all normalized); throws if another estate already uses it. */
    void add(String estate, String name) {
        String previous = explicit.putIfAbsent(name, estate);
        if (previous != null && !previous.equals(estate)) {
            throw new IllegalArgumentException("name " + name + " is used by both " + previous + " and " + estate);
        }
        String shorter = AddressText.withoutSuffix(name);
        if (shorter != null) {
            shortened.computeIfAbsent(shorter, k -> new HashSet<>()).add(estate);
        }
        longestKey = Math.max(longestKey, name.length());
    }

    /** The estate this name means, explicit names first; null when unknown or ambiguous. */
    String find(String name) {
        String estate = explicit.get(name);
        if (estate != null) {
            return estate;
        }
        Set<String> candidates = shortened.get(name);
        return candidates != null && candidates.size() == 1 ? candidates.iterator().next() : null;
    }

    /** The estate for an explicit name only: used where no building number confirms a shortened one. */
    String findExplicit(String name) {
        return explicit.get(name);
    }

    int longestKey() {
        return longestKey;
    }
}
