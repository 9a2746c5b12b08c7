package org.gridline.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.*;

/** Where the server calls itself (the simulator): loopback, unless it listens on one other address only. */
class OwnServerTest {

    @ParameterizedTest(name = "listening on \"{0}\" → reached at {1}")
    @CsvSource({
            "'',        127.0.0.1",
            "0.0.0.0,   127.0.0.1",
            "::,        127.0.0.1",
            "localhost, 127.0.0.1",
            "127.0.0.1, 127.0.0.1",
            "10.1.2.3,  10.1.2.3",
    })
    void reachableAt(String host, String reached) {
        assertEquals(reached, OwnServer.reachableAt(host));
    }
}
