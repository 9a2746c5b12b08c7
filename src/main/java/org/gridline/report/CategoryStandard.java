package org.gridline.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classification standard (分级分类标准) as operators edit it in {@code config/categories.yaml}: categories with
 * their phrases, levels, deadlines and departments, plus the emergency phrases. Kept in a file, not in code, because
 * each city has its own standard and changes it without a release. An invalid file is rejected whole.
 */
public final class CategoryStandard {
    /** The catch-all category every standard must have. */
    public static final String OTHER = "OTH";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The file's shape; unknown fields are rejected, so a misspelt key is reported instead of ignored. */
    record Document(Map<String, String> departments, List<String> problemWords, List<Category> categories,
                    List<EmergencyRule> emergencies) {
        Document {
            departments = departments == null ? Map.of() : Map.copyOf(departments);
            problemWords = problemWords == null ? List.of() : List.copyOf(problemWords);
            categories = categories == null ? List.of() : List.copyOf(categories);
            emergencies = emergencies == null ? List.of() : List.copyOf(emergencies);
        }
    }

    private final Document document;

    private CategoryStandard(Document document) {
        this.document = document;
    }

    /** Reads and validates the standard from a UTF-8 YAML file. */
    public static CategoryStandard load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidStandardException("cannot read classification standard " + file + ": " + e.getMessage(),
                    e);
        }
    }

    /** Parses and validates the standard from YAML text. */
    public static CategoryStandard parse(String yaml) {
        Document document;
        try {
            document = YAML.readValue(yaml, Document.class);
        } catch (JsonProcessingException e) {
            throw new InvalidStandardException("classification standard is not valid YAML: " + e.getOriginalMessage(),
                    e);
        }
        if (document == null) {
            throw new InvalidStandardException("classification standard is empty");
        }
        StandardValidator.validate(document);
        return new CategoryStandard(document);
    }

    public List<Category> categories() {
        return document.categories();
    }

    public Optional<Category> category(String code) {
        return document.categories().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The catch-all category; validation guarantees it exists. */
    public Category other() {
        return category(OTHER).orElseThrow();
    }

    public List<EmergencyRule> emergencies() {
        return document.emergencies();
    }

    /** Words that say something is wrong ("坏了", "没人管"); they turn a category keyword into a report. */
    public List<String> problemWords() {
        return document.problemWords();
    }

    /** Department code to its name, e.g. CGJ → 城市管理和综合执法局. */
    public Map<String, String> departments() {
        return document.departments();
    }
}
