package org.gridline.simulator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.*;

/** Which hosts keep the simulator to this machine; any other gets the WARN at start. */
class SimulatorExposureTest {

    @ParameterizedTest(name = "{0} → loopback only: {1}")
    @CsvSource({
            "127.0.0.1, true",
            "127.0.0.2, true",
            "localhost, true",
            "::1,       true",
            "[::1],     true",
            "0.0.0.0,   false",
            "::,        false",
            "192.0.2.2, false",
            "10.1.2.3,  false",
    })
    void loopbackOnly(String host, boolean loopback) {
        assertEquals(loopback, SimulatorExposure.loopbackOnly(host));
    }
}
