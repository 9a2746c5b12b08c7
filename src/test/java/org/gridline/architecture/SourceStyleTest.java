package org.gridline.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The Java part of {@code .editorconfig}, held for every source under {@code src/}: lines of at most 120 characters
 * (text blocks excepted: their lines are data, SQL or a table test, and breaking them changes what they say) and the
 * imports in three blocks, each sorted: all others, then {@code javax.*} and {@code java.*}, then the static ones.
 */
class SourceStyleTest {
    static final int MAX_LINE = 120;
    private static final List<Path> ROOTS = List.of(Path.of("src/main/java"), Path.of("src/test/java"));

    @Test
    void everyJavaSourceKeepsTheLineLengthAndTheImportOrder() throws IOException {
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (Path root : ROOTS) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    files++;
                    problems.addAll(problems(p, read(p)));
                }
            }
        }
        assertFalse(files == 0, "no sources found");
        assertEquals(List.of(), problems);
    }

    @Test
    void longLinesOutsideTextBlocksAndImportsOutOfOrderAreFound() {
        String longLine = "x".repeat(MAX_LINE + 1);
        List<String> lines = List.of("package a;", "", "import java.util.List;", "", "import org.b.C;", "",
                "class A {", "    String s = \"\"\"", longLine, "        \"\"\";", "    // " + longLine, "}");
        assertEquals(List.of("A.java:11 has 128 characters", "A.java: imports out of order"),
                problems(Path.of("A.java"), lines));
    }

    @Test
    void theThreeImportBlocksInOrderPass() {
        List<String> lines = List.of("package a;", "", "import io.x.Y;", "import org.b.C;", "", "import javax.a.B;",
                "import java.util.List;", "", "import static org.junit.Assert.assertTrue;", "", "class A {", "}");
        assertEquals(List.of(), problems(Path.of("A.java"), lines));
    }

    static List<String> problems(Path file, List<String> lines) {
        List<String> problems = new ArrayList<>();
        boolean inTextBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean toggles = countOf(line, "\"\"\"") % 2 == 1;
            if (!inTextBlock && !toggles && line.length() > MAX_LINE) {
                problems.add(file + ":" + (i + 1) + " has " + line.length() + " characters");
            }
            inTextBlock ^= toggles;
        }
        List<String> imports = lines.stream().filter(l -> l.startsWith("import ")).toList();
        if (!imports.equals(imports.stream().sorted(Comparator.comparing(SourceStyleTest::importKey)).toList())) {
            problems.add(file + ": imports out of order");
        }
        return problems;
    }

    /** Sorts an import into its block (others 0, javax 1, java 2, static 3), then by name (a class first). */
    private static String importKey(String line) {
        boolean isStatic = line.startsWith("import static ");
        String name = line.substring(isStatic ? "import static ".length() : "import ".length()).replace(";", "")
                .strip();
        int block = isStatic ? 3 : name.startsWith("javax.") ? 1 : name.startsWith("java.") ? 2 : 0;
        return block + name;
    }

    private static int countOf(String line, String what) {
        int n = 0;
        for (int at = line.indexOf(what); at >= 0; at = line.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }

    private static List<String> read(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
