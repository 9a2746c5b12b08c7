package org.gridline.grid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Arrays;
import java.util.List;

/** Column forms of the city model: an outline as a GeoJSON Polygon geometry (JSONB), lists of text as text arrays. */
final class JsonColumns {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The stored form of a grid outline: GeoJSON, one ring, [lng, lat] order. */
    record Geometry(String type, List<List<List<Double>>> coordinates) {
    }

    private JsonColumns() {
    }

    static String geometry(List<List<Double>> ring) {
        try {
            return JSON.writeValueAsString(new Geometry("Polygon", List.of(ring)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the outline", e);
        }
    }

    static List<List<Double>> ring(String geometry) {
        try {
            return JSON.readValue(geometry, Geometry.class).coordinates().get(0);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored outline is unreadable", e);
        }
    }

    static String[] array(List<String> texts) {
        return texts == null ? new String[0] : texts.stream().map(String::strip).toArray(String[]::new);
    }

    static List<String> list(String[] texts) {
        return texts == null ? List.of() : Arrays.asList(texts);
    }
}
