package org.gridline.architecture;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The migration rule of the README's anatomy, as code: {@code V<n>__<feature>_<what>.sql} from version
 * {@link #RULE_FROM} on, one global increasing sequence, and each migration touching only its own feature's tables
 * (a table belongs to the feature whose migration created it). {@link #owners} is that ownership, which
 * {@link SqlOwnership} checks the SQL in Java code against.
 */
final class MigrationRule {
    /** The first version the naming rule holds for; the ones before were written before the rule. */
    static final int RULE_FROM = 60;
    /** Who created the tables of the migrations written before the rule (their names do not say it). */
    static final Map<Integer, String> FEATURE_BEFORE_RULE = Map.ofEntries(Map.entry(1, "inbox"), Map.entry(2, "grid"),
            Map.entry(3, "auth"), Map.entry(10, "notify"), Map.entry(20, "points"), Map.entry(30, "conversation"),
            Map.entry(31, "report"), Map.entry(32, "registration"), Map.entry(41, "volunteer"), Map.entry(42, "points"),
            Map.entry(50, "report"), Map.entry(53, "inbox"), Map.entry(59, "simulator"));

    private static final Pattern FILE = Pattern.compile("V(\\d+)__([a-z0-9_]+)\\.sql");
    private static final Pattern CREATES = Pattern.compile(
            "(?i)\\bcreate\\s+(?:table|sequence)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern TOUCHES = Pattern.compile("(?i)\\b(?:create\\s+(?:table|sequence)"
            + "(?:\\s+if\\s+not\\s+exists)?|alter\\s+table(?:\\s+if\\s+exists)?|drop\\s+table(?:\\s+if\\s+exists)?"
            + "|insert\\s+into|update|delete\\s+from|truncate(?:\\s+table)?|\\bon)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)");

    record Migration(int version, String description, String sql) {
        /** The feature a ruled migration names first: {@code V61__grid_dispatch_turn.sql} is grid's. */
        String namedFeature(Set<String> features) {
            return features.stream().filter(f -> description.equals(f) || description.startsWith(f + "_"))
                    .findFirst().orElse(null);
        }
    }

    /** The shipped migrations, and the names of files in the folder that are no migration's. */
    record Shipped(List<Migration> migrations, List<String> badNames) {
    }

    private MigrationRule() {
    }

    /** The migrations on the classpath ({@code db/migration}), in file name order. */
    static Shipped shipped() throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(MigrationRule.class.getResource("/db/migration")).toURI());
        List<Migration> migrations = new ArrayList<>();
        List<String> badNames = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                parse(name, Files.readString(file, StandardCharsets.UTF_8))
                        .ifPresentOrElse(migrations::add, () -> badNames.add(name));
            }
        }
        return new Shipped(migrations, badNames);
    }

    /** The features: the packages directly under org.gridline in the main sources. */
    static Set<String> features() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/org/gridline"))) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /** Who owns each table (and sequence): the feature whose migration created it first. */
    static Map<String, String> owners(List<Migration> migrations, Set<String> features) {
        Map<String, String> owner = new HashMap<>();
        migrations.stream().sorted(Comparator.comparingInt(Migration::version)).forEach(m -> {
            String feature = featureOf(m, features);
            if (feature != null) {
                created(m).forEach(table -> owner.putIfAbsent(table, feature));
            }
        });
        return owner;
    }

    private static String featureOf(Migration m, Set<String> features) {
        return m.version() < RULE_FROM ? FEATURE_BEFORE_RULE.get(m.version()) : m.namedFeature(features);
    }

    private static List<String> created(Migration m) {
        return CREATES.matcher(withoutComments(m.sql())).results().map(r -> r.group(1).toLowerCase()).toList();
    }

    /** The migration of a file name, or empty when the name is not {@code V<n>__<lower_case_words>.sql}. */
    static Optional<Migration> parse(String fileName, String sql) {
        Matcher m = FILE.matcher(fileName);
        return m.matches() ? Optional.of(new Migration(Integer.parseInt(m.group(1)), m.group(2), sql))
                : Optional.empty();
    }

    /** What is wrong with the migrations, in version order; empty when they follow the rule. */
    static List<String> problems(List<Migration> migrations, Set<String> features) {
        List<Migration> sorted = migrations.stream().sorted(Comparator.comparingInt(Migration::version)).toList();
        Map<String, String> owner = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Integer previous = null;
        for (Migration m : sorted) {
            if (previous != null && previous == m.version()) {
                problems.add("V" + m.version() + " is used twice");
            }
            previous = m.version();
            String feature = featureOf(m, features);
            if (m.version() >= RULE_FROM) {
                problems.addAll(ruled(m, feature, owner));
            }
            List<String> created = created(m);
            if (feature == null && !created.isEmpty() && m.version() < RULE_FROM) {
                problems.add("V" + m.version() + " creates tables but FEATURE_BEFORE_RULE does not say whose");
            }
            created.forEach(table -> owner.putIfAbsent(table, feature));
        }
        return problems;
    }

    private static List<String> ruled(Migration m, String feature, Map<String, String> owner) {
        if (feature == null) {
            return List.of("V" + m.version() + "__" + m.description() + ": no feature's name first");
        }
        List<String> problems = new ArrayList<>();
        TOUCHES.matcher(withoutComments(m.sql())).results().map(r -> r.group(1).toLowerCase()).distinct()
                .filter(table -> owner.containsKey(table) && !feature.equals(owner.get(table)))
                .forEach(table -> problems.add("V" + m.version() + " (" + feature + ") touches " + owner.get(table)
                        + "'s " + table));
        return problems;
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "");
    }
}
