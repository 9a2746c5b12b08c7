package org.gridline.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The size goals of STYLE.md, held: no file under src/main/java longer than 200 lines, no method or constructor body
 * longer than 25 ({@link JavaBodies} says how a body is measured). Prints the distribution, to be quoted.
 */
class SourceSizeTest {
    static final int MAX_FILE_LINES = 200;
    static final int MAX_BODY_LINES = 25;
    private static final Path MAIN = Path.of("src/main/java");

    /** One source file: its path under src/main/java, its lines and its bodies. */
    private record Source(Path path, int lines, List<JavaBodies.Body> bodies) {
    }

    @Test
    void noFileOver200LinesAndNoMethodOver25() throws IOException {
        List<Source> sources = sources();
        assertFalse(sources.isEmpty(), "no sources under " + MAIN.toAbsolutePath());
        List<Integer> fileLines = sources.stream().map(Source::lines).toList();
        List<Integer> bodyLines = sources.stream().flatMap(s -> s.bodies().stream()).map(JavaBodies.Body::lines)
                .toList();
        System.out.println("Source sizes under " + MAIN + ": files " + distribution(fileLines) + "; methods "
                + distribution(bodyLines));
        List<String> over = new ArrayList<>();
        for (Source s : sources) {
            if (s.lines() > MAX_FILE_LINES) {
                over.add(s.path() + ": " + s.lines() + " lines");
            }
            s.bodies().stream().filter(b -> b.lines() > MAX_BODY_LINES).forEach(b -> over.add(s.path() + ":"
                    + b.firstLine() + " " + b.name() + ": " + b.lines() + " lines"));
        }
        assertEquals(List.of(), over, "files over " + MAX_FILE_LINES + " lines or bodies over " + MAX_BODY_LINES);
    }

    @Test
    void theDistributionIsByNearestRank() {
        assertEquals("n 10, median 5, p90 9, max 10", distribution(List.of(10, 9, 8, 7, 6, 5, 4, 3, 2, 1)));
        assertEquals("n 1, median 7, p90 7, max 7", distribution(List.of(7)));
    }

    private static List<Source> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().map(SourceSizeTest::read).toList();
        }
    }

    private static Source read(Path path) {
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            return new Source(MAIN.relativize(path), (int) text.lines().count(), JavaBodies.of(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** n, median, p90 and max, by the nearest rank. */
    static String distribution(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        return "n " + sorted.size() + ", median " + rank(sorted, 50) + ", p90 " + rank(sorted, 90) + ", max "
                + rank(sorted, 100);
    }

    private static int rank(List<Integer> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
