package org.gridline.grid;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.gridline.grid.CityRequests.NewBuilding;
import org.gridline.grid.CityRequests.NewDepartment;
import org.gridline.grid.CityRequests.NewMember;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The demo data files under {@code config/demo/}: the city (streets → communities → grids), its people, departments.
 */
public record DemoCity(List<Street> streets, Map<String, List<NewMember>> members, List<NewDepartment> departments) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public record Street(String code, String name, List<String> dutyOpenids, List<Community> communities) {
    }

    public record Community(String code, String name, List<Grid> grids) {
    }

    public record Grid(String code, String name, List<List<Double>> boundary, List<NewBuilding> buildings) {
    }

    record CityFile(List<Street> streets) {
    }

    record PeopleFile(Map<String, List<NewMember>> members) {
    }

    record DepartmentsFile(List<NewDepartment> departments) {
    }

    public static DemoCity read(Path directory) {
        return new DemoCity(
                read(directory.resolve("city.yaml"), CityFile.class).streets(),
                read(directory.resolve("people.yaml"), PeopleFile.class).members(),
                read(directory.resolve("departments.yaml"), DepartmentsFile.class).departments());
    }

    /** One demo file as {@code type} (unknown fields ignored); the other features' demo loaders read theirs so. */
    public static <T> T read(Path file, Class<T> type) {
        try {
            return YAML.readValue(Files.readString(file), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo file " + file, e);
        }
    }
}
