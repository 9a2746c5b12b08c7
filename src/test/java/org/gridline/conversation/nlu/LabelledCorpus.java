package org.gridline.conversation.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The hand-labelled resident messages under {@code src/test/resources/nlu/}: text, intent, category or "-". */
record LabelledCorpus(String name, List<Row> rows) {
    record Row(String text, Intent intent, String category) {
        boolean isReport() {
            return intent == Intent.REPORT;
        }
    }

    /** One corpus or, with {@code +} between names, several read as one. */
    static LabelledCorpus load(String file) {
        if (file.contains("+")) {
            return new LabelledCorpus(file, java.util.Arrays.stream(file.split("\\+"))
                    .flatMap(f -> load(f.trim()).rows().stream()).toList());
        }
        try (InputStream in = LabelledCorpus.class.getResourceAsStream("/nlu/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /nlu/" + file);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new LabelledCorpus(file, text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(LabelledCorpus::row).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(String line) {
        String[] cols = line.split("\t");
        if (cols.length != 3) {
            throw new IllegalStateException("expected text<TAB>intent<TAB>category: " + line);
        }
        return new Row(cols[0], Intent.valueOf(cols[1]), cols[2]);
    }
}
