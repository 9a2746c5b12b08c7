package org.gridline.conversation;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Set;

/** The application with {@link ControllableClock} as its clock. */
public class ControllableClockProfile implements QuarkusTestProfile {
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(ControllableClock.class);
    }
}
