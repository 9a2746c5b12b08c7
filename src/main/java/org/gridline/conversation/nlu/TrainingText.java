package org.gridline.conversation.nlu;

import org.gridline.report.Category;
import org.gridline.report.CategoryStandard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One text the category model learns from, with its category code. The model learns from two sources: every keyword
 * and synonym of the operator-edited standard (so an operator's edit still counts), and the hand-written resident
 * messages of {@code nlu/training.tsv} (so it learns how people talk around those words).
 */
record TrainingText(String text, String code) {
    static final String RESOURCE = "/nlu/training.tsv";

    /** Every keyword and synonym of the standard, labelled with its category. */
    static List<TrainingText> phrases(CategoryStandard standard) {
        List<TrainingText> texts = new ArrayList<>();
        for (Category c : standard.categories()) {
            c.keywords().forEach(k -> texts.add(new TrainingText(k, c.code())));
            c.synonyms().forEach(s -> texts.add(new TrainingText(s, c.code())));
        }
        return texts;
    }

    /** The shipped training messages that name a category of the standard. */
    static List<TrainingText> messages(CategoryStandard standard) {
        return shipped().stream().filter(t -> standard.category(t.code()).isPresent()).toList();
    }

    /** The rows of {@code training.tsv}; code "-" marks a message that reports nothing. */
    static List<TrainingText> shipped() {
        try (InputStream in = TrainingText.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(TrainingText::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrainingText parse(String line) {
        String[] cols = line.split("\t");
        if (cols.length != 2 || cols[0].isBlank()) {
            throw new IllegalStateException("expected text<TAB>code in " + RESOURCE + ": " + line);
        }
        return new TrainingText(cols[0], cols[1].trim());
    }
}
