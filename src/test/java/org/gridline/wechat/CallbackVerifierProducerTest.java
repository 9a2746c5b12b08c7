package org.gridline.wechat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real platform account not in safe mode is warned about at start; the simulator never is. */
class CallbackVerifierProducerTest {

    @ParameterizedTest(name = "simulated={0} {1} → warns={2}")
    @CsvSource({"false, PLAINTEXT, true", "false, COMPATIBLE, true", "false, SAFE, false",
            "true, PLAINTEXT, false", "true, COMPATIBLE, false", "true, SAFE, false"})
    void warnsOnlyForARealAccountOutsideSafeMode(boolean simulated, SecurityMode mode, boolean warns) {
        var warning = CallbackVerifierProducer.modeWarning(simulated, mode);
        assertEquals(warns, warning.isPresent());
        warning.ifPresent(w -> assertTrue(w.contains("safe") && w.contains(mode.name().toLowerCase())));
    }
}
