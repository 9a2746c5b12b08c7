package org.gridline.registration;

import java.util.List;
import java.util.Optional;

/** The configured high-risk areas: an origin is high-risk when it names one of them. */
public final class HighRiskAreas {
    private final List<String> areas;

    public HighRiskAreas(List<String> areas) {
        this.areas = areas.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    /** The area the origin names, if it is on the list. */
    public Optional<String> match(String origin) {
        return origin == null ? Optional.empty() : areas.stream().filter(origin::contains).findFirst();
    }
}
