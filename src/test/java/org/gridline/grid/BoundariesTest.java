package org.gridline.grid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class BoundariesTest {

    static Stream<Arguments> badRings() {
        return Stream.of(
                Arguments.of("empty", List.of(), "missing"),
                Arguments.of("not closed", ring(0, 0, 1, 0, 1, 1, 0, 1), "not closed"),
                Arguments.of("bow tie", ring(0, 0, 1, 1, 1, 0, 0, 1, 0, 0), "intersects itself"),
                Arguments.of("two points", ring(0, 0, 1, 0, 0, 0), "3 distinct vertices"),
                Arguments.of("flat", ring(0, 0, 1, 0, 2, 0, 0, 0), "intersects itself"),
                Arguments.of("three numbers", List.of(List.of(113.0, 22.0, 5.0)), "must be [lng, lat]"),
                Arguments.of("latitude off the earth", List.of(List.of(113.0, 91.0), List.of(113.1, 22.0),
                        List.of(113.0, 22.1), List.of(113.0, 91.0)), "point 0: latitude"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRings")
    void saysWhatIsWrong(String name, List<List<Double>> ring, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Boundaries.polygon(ring));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aConcaveClosedRingInLngLatOrderIsAccepted() {
        Polygon u = Boundaries.polygon(ring(0, 0, 3, 0, 3, 3, 2, 3, 2, 1, 1, 1, 1, 3, 0, 3, 0, 0));
        assertTrue(u.contains(GeoFixtures.at(0.5, 2)));
        assertFalse(u.contains(GeoFixtures.at(1.5, 2)));
    }

    @Test
    void tooManyPointsAreRefused() {
        List<List<Double>> big = new ArrayList<>();
        for (int i = 0; i <= Boundaries.MAX_POINTS; i++) {
            big.add(List.of(113.0, 22.0));
        }
        assertThrows(IllegalArgumentException.class, () -> Boundaries.polygon(big));
    }

    /** x y pairs in local units of {@link GeoFixtures}, as [lng, lat]. */
    private static List<List<Double>> ring(double... xy) {
        List<List<Double>> ring = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            GeoPoint p = GeoFixtures.at(xy[i], xy[i + 1]);
            ring.add(Arrays.asList(p.lng(), p.lat()));
        }
        return ring;
    }
}
