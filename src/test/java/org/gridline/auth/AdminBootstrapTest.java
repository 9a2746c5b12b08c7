package org.gridline.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class AdminBootstrapTest {

    @ParameterizedTest(name = "password [{0}], embedded {1} → {2}")
    @CsvSource(nullValues = "null", value = {
            "s3cret-from-env, true,  CONFIGURED",
            "s3cret-from-env, false, CONFIGURED",
            "null,            true,  GENERATED",
            "'   ',           true,  GENERATED",
            "null,            false, REFUSED",
            "'',              false, REFUSED"})
    void decides(String configured, boolean embedded, AdminBootstrap.Source expected) {
        AdminBootstrap.Decision decision = AdminBootstrap.decide(Optional.ofNullable(configured), embedded);
        assertEquals(expected, decision.source());
        switch (expected) {
            case CONFIGURED -> assertEquals(configured.strip(), decision.password());
            case GENERATED -> assertEquals(AdminBootstrap.GENERATED_LENGTH, decision.password().length());
            case REFUSED -> assertNull(decision.password());
        }
    }

    @Test
    void generatedPasswordsAreStrongAndDifferent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String password = AdminBootstrap.generate();
            assertTrue(password.matches("[A-Za-z2-9]{24}"), password);
            assertTrue(seen.add(password));
        }
    }
}
