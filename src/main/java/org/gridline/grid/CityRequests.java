package org.gridline.grid;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies of the admin API for the city model. */
public final class CityRequests {
    private CityRequests() {
    }

    public record NewStreet(
            @NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
            @NotBlank @Size(max = 100) String name,
            /** The street's duty contacts (街道值班), who hear of escalated reports; may be empty. */
            List<@NotBlank @Size(max = 128) String> dutyOpenids) {
        public NewStreet(String code, String name) {
            this(code, name, List.of());
        }
    }

    public record NewCommunity(
            @NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
            @NotBlank @Size(max = 100) String name,
            @NotBlank String streetCode) {
    }

    /** A grid with its outline, a closed ring of [lng, lat] (the last point repeats the first), and its buildings. */
    public record NewGrid(
            @NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
            @NotBlank @Size(max = 100) String name,
            @NotBlank String communityCode,
            @NotNull @Size(min = 4, max = Boundaries.MAX_POINTS) List<List<Double>> boundary,
            List<@Valid NewBuilding> buildings) {
        public List<NewBuilding> buildingsOrEmpty() {
            return buildings == null ? List.of() : buildings;
        }
    }

    /** A building named estate + number + 栋 (幸福小区3栋); units and dwellings (以屋管人) are optional. */
    public record NewBuilding(
            @NotBlank @Size(max = 100) String name,
            List<@NotBlank @Size(max = 100) String> aliases,
            @Positive Integer units,
            List<@NotBlank @Size(max = 50) String> dwellings) {
    }

    public record NewMember(
            @NotBlank @Size(max = 128) String openid,
            @NotBlank @Size(max = 50) String name,
            @NotBlank @Size(max = 30) String phone,
            @NotNull MemberRole role) {
        @Override
        public String toString() {
            return "NewMember[" + org.gridline.platform.text.Masking.openid(openid) + ", " + role + "]";
        }
    }

    public record NewDepartment(
            @NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
            @NotBlank @Size(max = 100) String name,
            @NotEmpty List<@NotBlank @Size(max = 128) String> contactOpenids) {
    }
}
