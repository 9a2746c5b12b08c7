package org.gridline.platform;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One source for each setting's default: the {@code @WithDefault} of its typed config interface. The operator's file
 * {@code config/application.properties} lists every {@code gridline.*} key the code reads with that same default (or,
 * for a secret, the environment variable that sets it); {@code src/main/resources/application.properties} and the
 * {@code @Scheduled} expressions do not repeat a default.
 */
class ConfigDefaultsTest {
    /** Keys the operator never sets, with why. */
    private static final Set<String> NOT_FOR_OPERATORS = Set.of(
            "gridline.embedded-database.active"); // set by the embedded database itself when it is in use
    private static final Pattern LISTED = Pattern.compile("^#?(gridline\\.[a-z0-9.-]+)=(.*)$");
    private static final Pattern ENV_NAME = Pattern.compile("\\[(GRIDLINE_[A-Z0-9_]+)]");
    private static final Pattern INLINE_DEFAULT = Pattern.compile("\\$\\{(gridline\\.[a-z0-9.-]+):[^}]*}");
    /** A built-in mapping of a key to an environment variable of another name: {@code key=${NAME:}}. */
    private static final Pattern ENV_MAPPING = Pattern.compile("^(gridline\\.[a-z0-9.-]+)=\\$\\{([A-Z0-9_]+):.*}$");
    private static final Path BUILT_IN = Path.of("src/main/resources/application.properties");
    private static Map<String, Optional<String>> keys;

    @Test
    void theOperatorsFileListsEveryKeyWithItsDefault() throws IOException {
        Map<String, Optional<String>> keys = keysReadByTheCode();
        List<String> lines = Files.readAllLines(Path.of("config/application.properties"));
        Map<String, String> listed = listedKeys(lines);
        String comments = String.join("\n", lines);
        Map<String, String> envNames = builtInEnvNames();
        List<String> problems = new ArrayList<>();
        keys.forEach((key, fallback) -> {
            if (NOT_FOR_OPERATORS.contains(key)) {
                return;
            }
            if (!listed.containsKey(key) && !comments.contains("[" + envName(key) + "]")
                    && !comments.contains("[" + envNames.get(key) + "]")) {
                problems.add(key + " is not listed");
            } else if (listed.containsKey(key) && fallback.isPresent() && !fallback.get().equals(listed.get(key))) {
                problems.add(key + " is listed as " + listed.get(key) + ", its default is " + fallback.get());
            }
        });
        listed.keySet().stream().filter(key -> !keys.containsKey(key))
                .forEach(key -> problems.add(key + " is listed but no code reads it"));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyEnvironmentVariableNamedInTheOperatorsFileIsASetting() throws IOException {
        Set<String> names = keysReadByTheCode().keySet().stream().map(ConfigDefaultsTest::envName)
                .collect(java.util.stream.Collectors.toSet());
        names.addAll(builtInEnvNames().values());
        Matcher m = ENV_NAME.matcher(Files.readString(Path.of("config/application.properties")));
        List<String> unknown = new ArrayList<>();
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void theBuiltInPropertiesDoNotRepeatADefault() throws IOException {
        Map<String, Optional<String>> keys = keysReadByTheCode();
        List<String> repeated = Files.readAllLines(BUILT_IN).stream()
                .map(LISTED::matcher).filter(m -> m.matches() && !m.group(0).startsWith("#"))
                .filter(m -> keys.getOrDefault(m.group(1), Optional.empty()).filter(m.group(2)::equals).isPresent())
                .map(m -> m.group(0)).toList();
        assertEquals(List.of(), repeated);
    }

    @Test
    void scheduledExpressionsCarryNoDefaultOfTheirOwn() throws IOException {
        List<String> inline = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = INLINE_DEFAULT.matcher(Files.readString(file));
                while (m.find()) {
                    inline.add(file.getFileName() + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), inline);
    }

    @Test
    void theKeysAreFoundAtAll() {
        Map<String, Optional<String>> keys = keysReadByTheCode();
        assertTrue(keys.size() > 50, "keys: " + keys.size());
        assertEquals(Optional.of("data"), keys.get("gridline.data-dir"));
        assertEquals(Optional.of("true"), keys.get("gridline.embedded-database.durable"));
        assertFalse(keys.containsKey("gridline.embedded-database"));
    }

    /** Every key of every {@code @ConfigMapping} under org.gridline, with its {@code @WithDefault} if it has one. */
    static synchronized Map<String, Optional<String>> keysReadByTheCode() {
        if (keys != null) {
            return keys;
        }
        keys = new TreeMap<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gridline").stream()
                .filter(c -> c.isAnnotatedWith(ConfigMapping.class))
                .map(JavaClass::reflect)
                .forEach(c -> collect(c, c.getAnnotation(ConfigMapping.class).prefix(), keys));
        return keys;
    }

    private static void collect(Class<?> mapping, String prefix, Map<String, Optional<String>> keys) {
        for (Method method : mapping.getMethods()) {
            if (method.isDefault() || method.getParameterCount() > 0) {
                continue;
            }
            WithName name = method.getAnnotation(WithName.class);
            String key = prefix + "." + (name != null ? name.value() : kebab(method.getName()));
            Class<?> type = method.getReturnType();
            if (type.isInterface() && type.getName().startsWith("org.gridline.")) {
                collect(type, key, keys);
            } else {
                WithDefault fallback = method.getAnnotation(WithDefault.class);
                keys.put(key, Optional.ofNullable(fallback).map(WithDefault::value));
            }
        }
    }

    private static Map<String, String> builtInEnvNames() throws IOException {
        Map<String, String> names = new TreeMap<>();
        for (String line : Files.readAllLines(BUILT_IN)) {
            Matcher m = ENV_MAPPING.matcher(line.strip());
            if (m.matches()) {
                names.put(m.group(1), m.group(2));
            }
        }
        return names;
    }

    private static Map<String, String> listedKeys(List<String> lines) {
        Map<String, String> listed = new TreeMap<>();
        for (String line : lines) {
            Matcher m = LISTED.matcher(line.strip());
            if (m.matches()) {
                listed.put(m.group(1), m.group(2).strip());
            }
        }
        return listed;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }
}
