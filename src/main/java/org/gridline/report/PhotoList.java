package org.gridline.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/** A report's photo references (the platform's PicUrl or MediaId) as the JSON array text its columns keep. */
public final class PhotoList {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PhotoList() {
    }

    /** The stored list; empty for null. */
    public static List<String> read(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored photo list cannot be read", e);
        }
    }

    public static String write(List<String> photos) {
        try {
            return JSON.writeValueAsString(photos);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("photo list could not be written", e);
        }
    }
}
