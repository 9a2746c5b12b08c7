package org.gridline.grid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.gridline.grid.GeoFixtures.at;
import static org.gridline.grid.GeoFixtures.polygon;
import static org.gridline.grid.GeoFixtures.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GridLocatorTest {
    /** G-B (left) and G-A (right) share the edge x = 1; the U-shaped G-U lies apart, its notch belonging to nobody. */
    private final GridLocator locator = new GridLocator(List.of(
            new GridArea("G-B", square(0, 0, 1)),
            new GridArea("G-A", square(1, 0, 1)),
            new GridArea("G-U", polygon("10 0; 13 0; 13 3; 12 3; 12 1; 11 1; 11 3; 10 3; 10 0"))));

    @ParameterizedTest(name = "({0}, {1}) → {2}")
    @CsvSource({
            "0.5,  0.5,  G-B",
            "1.5,  0.5,  G-A",
            "1,    0.5,  G-A",
            "1,    1,    G-A",
            "1,    0,    G-A",
            "0,    0.5,  G-B",
            "2,    0.5,  G-A",
            "10.5, 2,    G-U",
            "11.5, 0.5,  G-U",
            "11.5, 1,    G-U",
            "11.5, 2,    ",
            "5,    0.5,  ",
            "0.5,  1.5,  "})
    void locatesTheGridAndBreaksTiesBySmallestCode(double x, double y, String grid) {
        assertEquals(Optional.ofNullable(grid), locator.locate(at(x, y)));
    }

    @Test
    void rejectsTwoOutlinesForOneGrid() {
        List<GridArea> areas = List.of(new GridArea("G1", square(0, 0, 1)), new GridArea("G1", square(2, 0, 1)));
        assertThrows(IllegalArgumentException.class, () -> new GridLocator(areas));
    }

    @Test
    void agreesWithBruteForceOnAThousandRandomSquares() {
        Random random = new Random(20240601);
        List<GridArea> areas = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            areas.add(new GridArea("G%04d".formatted(random.nextInt(1_000_000)) + "-" + i,
                    square(random.nextInt(200), random.nextInt(200), 1 + random.nextInt(5))));
        }
        GridLocator randomLocator = new GridLocator(areas);
        int located = 0;
        for (int i = 0; i < 20_000; i++) {
            GeoPoint p = i % 4 == 0 ? at(random.nextInt(205), random.nextInt(205))
                    : at(random.nextDouble() * 205, random.nextDouble() * 205);
            Optional<String> expected = bruteForce(areas, p);
            assertEquals(expected, randomLocator.locate(p), p.toString());
            located += expected.isPresent() ? 1 : 0;
        }
        assertTrue(located > 2_000 && located < 18_000, "a test that locates everything or nothing proves little");
    }

    private static Optional<String> bruteForce(List<GridArea> areas, GeoPoint p) {
        return areas.stream().filter(a -> a.polygon().contains(p)).map(GridArea::gridCode).min(String::compareTo);
    }
}
