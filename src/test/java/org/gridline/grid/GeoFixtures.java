package org.gridline.grid;

import java.util.Arrays;
import java.util.List;

/** Builds points and rings on a local plane near Jiangmen: one unit is 0.001° (about 100 m). */
final class GeoFixtures {
    static final double BASE_LNG = 113.08;
    static final double BASE_LAT = 22.58;
    static final double UNIT = 0.001;

    private GeoFixtures() {
    }

    static GeoPoint at(double x, double y) {
        return GeoPoint.ofLngLat(BASE_LNG + x * UNIT, BASE_LAT + y * UNIT);
    }

    /** "x y; x y; …" in local units, exactly as written (close it yourself). */
    static List<GeoPoint> points(String xy) {
        return Arrays.stream(xy.split(";"))
                .map(String::strip)
                .map(pair -> pair.split("\\s+"))
                .map(pair -> at(Double.parseDouble(pair[0]), Double.parseDouble(pair[1])))
                .toList();
    }

    static Polygon polygon(String xy) {
        return Polygon.of(points(xy));
    }

    /** An axis-aligned square with its lower-left corner at (x, y). */
    static Polygon square(double x, double y, double side) {
        return polygon(x + " " + y + "; " + (x + side) + " " + y + "; " + (x + side) + " " + (y + side) + "; "
                + x + " " + (y + side) + "; " + x + " " + y);
    }

    /** A U open at the top: the notch is x in (1, 2), y in (1, 3]. */
    static final String U_SHAPE = "0 0; 3 0; 3 3; 2 3; 2 1; 1 1; 1 3; 0 3; 0 0";
}
