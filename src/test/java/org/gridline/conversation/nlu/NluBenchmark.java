package org.gridline.conversation.nlu;

import org.gridline.report.CategoryStandard;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the cost of understanding one message (intent + category + emergency + slots) over the labelled corpus.
 * A plain main, not a test, so it never slows the build. Run after {@code ./mvnw -o -q test-compile}:
 * <pre>
 * M=~/.m2/repository/com/fasterxml/jackson; java -cp
 * target/test-classes:target/classes:$M/core/jackson-databind/2.21.2/jackson-databind-2.21.2.jar:\
 * $M/core/jackson-core/2.21.2/jackson-core-2.21.2.jar:$M/core/jackson-annotations/2.21/jackson-annotations-2.21.jar:\
 * $M/dataformat/jackson-dataformat-yaml/2.21.2/jackson-dataformat-yaml-2.21.2.jar:\
 * ~/.m2/repository/org/yaml/snakeyaml/2.5/snakeyaml-2.5.jar \
 *   org.gridline.conversation.nlu.NluBenchmark [messages]
 * </pre>
 */
public final class NluBenchmark {
    private NluBenchmark() {
    }

    public static void main(String[] args) {
        int measured = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        CategoryStandard standard = CategoryStandard.load(Path.of("config/categories.yaml"));
        CategoryClassifier classifier = new CategoryClassifier(standard);
        EmergencyDetector emergencies = new EmergencyDetector(standard);
        IntentRecognizer intents = new IntentRecognizer(classifier, emergencies, standard);
        SlotExtractor slots = new SlotExtractor();
        List<String> texts = new ArrayList<>();
        for (String file : List.of("corpus.tsv", "corpus-holdout.tsv")) {
            LabelledCorpus.load(file).rows().forEach(r -> texts.add(r.text()));
        }
        LocalDate today = LocalDate.of(2024, 11, 27);
        long sink = run(texts, 50_000, intents, classifier, emergencies, slots, today);
        long start = System.nanoTime();
        sink += run(texts, measured, intents, classifier, emergencies, slots, today);
        double micros = (System.nanoTime() - start) / 1_000.0 / measured;
        System.out.printf("%d messages (%d distinct) after 50000 warm-up: %.1f µs/message (sink %d)%n",
                measured, texts.size(), micros, sink);
    }

    private static long run(List<String> texts, int count, IntentRecognizer intents, CategoryClassifier classifier,
                            EmergencyDetector emergencies, SlotExtractor slots, LocalDate today) {
        long sink = 0;
        for (int i = 0; i < count; i++) {
            String text = texts.get(i % texts.size());
            sink += intents.recognize(text).intent().ordinal();
            sink += classifier.classify(text).top().score();
            sink += emergencies.detect(text).isPresent() ? 1 : 0;
            sink += slots.extract(text, today).quantities().size();
        }
        return sink;
    }
}
