package org.gridline.simulator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person does in a simulator pane: type, share a location or a photo, or subscribe to a template. */
public record SimulatedPush(
        @NotBlank @Size(max = 64)
                @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, _ and - only") String openid,
        @NotBlank @Pattern(regexp = "text|image|location|subscribe",
                message = "text, image, location or subscribe") String type,
        @Size(max = 2000) String content,
        Double latitude, Double longitude, @Size(max = 200) String label,
        @Size(max = 500) String picUrl,
        @Size(max = 128) String templateId) {
}
