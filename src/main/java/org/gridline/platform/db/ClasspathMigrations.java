package org.gridline.platform.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The Flyway migrations shipped with the application ({@code classpath:db/migration}), each with the version and the
 * checksum Flyway records for it: CRC32 over the UTF-8 bytes of every line without its line break, a byte-order mark
 * dropped from the first ({@code org.flywaydb.core.internal.resolver.ChecksumCalculator}). Empty when the folder cannot
 * be listed or holds anything but versioned SQL migrations ({@code V<version>__<name>.sql}): then nobody can say
 * without Flyway whether something is pending.
 */
final class ClasspathMigrations {
    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    /** A versioned migration as Flyway sees it: version text ({@code 1.2} for {@code V1_2}) and checksum. */
    record Migration(String version, int checksum) {
    }

    private ClasspathMigrations() {
    }

    static Optional<List<Migration>> of(ClassLoader loader) {
        try {
            URL folder = loader.getResource(LOCATION);
            Optional<List<String>> names = folder == null ? Optional.empty() : names(folder);
            if (names.isEmpty() || names.get().isEmpty()) {
                return Optional.empty();
            }
            List<Migration> migrations = new ArrayList<>();
            for (String name : names.get()) {
                Matcher versioned = VERSIONED.matcher(name);
                if (!versioned.matches()) {
                    return Optional.empty();
                }
                migrations.add(new Migration(versioned.group(1).replace('_', '.'), checksum(loader, name)));
            }
            return Optional.of(migrations);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** File names in the folder, from a directory (tests, dev) or from the application's jar (the package). */
    private static Optional<List<String>> names(URL folder) throws IOException, URISyntaxException {
        if ("file".equals(folder.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return Optional.of(files.map(f -> f.getFileName().toString()).sorted().toList());
            }
        }
        if (!(folder.openConnection() instanceof JarURLConnection jar)) {
            return Optional.empty();
        }
        jar.setUseCaches(false);
        try (JarFile file = jar.getJarFile()) {
            String prefix = LOCATION + "/";
            return Optional.of(Collections.list(file.entries()).stream().map(e -> e.getName())
                    .filter(n -> n.startsWith(prefix) && n.length() > prefix.length())
                    .map(n -> n.substring(prefix.length())).sorted().toList());
        }
    }

    static int checksum(ClassLoader loader, String name) throws IOException {
        try (InputStream in = loader.getResourceAsStream(LOCATION + "/" + name)) {
            if (in == null) {
                throw new IOException("cannot read " + name);
            }
            return checksum(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096));
        }
    }

    static int checksum(BufferedReader lines) throws IOException {
        CRC32 crc = new CRC32();
        String line = lines.readLine();
        if (line != null && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        for (; line != null; line = lines.readLine()) {
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }
}
