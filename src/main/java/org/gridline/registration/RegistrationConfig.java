package org.gridline.registration;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

/** Arrival registrations (报备). */
@ConfigMapping(prefix = "gridline.registration")
public interface RegistrationConfig {

    /**
     * 高风险地区: origins that create a follow-up task for the grid's worker; an origin matches when it contains one of
     * these names ("湖北武汉" matches "武汉"). Empty by default.
     */
    Optional<List<String>> highRiskOrigins();
}
