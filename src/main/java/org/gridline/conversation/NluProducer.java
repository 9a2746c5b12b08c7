package org.gridline.conversation;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.gridline.conversation.nlu.CategoryClassifier;
import org.gridline.conversation.nlu.EmergencyDetector;
import org.gridline.conversation.nlu.IntentRecognizer;
import org.gridline.conversation.nlu.SlotExtractor;
import org.gridline.report.CategoryStandard;
import org.gridline.report.InvalidStandardException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The language components as beans, built once on the operator's classification standard. A missing file falls back
 * to the standard shipped in the jar; an invalid one stops the start, naming the bad entry.
 */
@ApplicationScoped
public class NluProducer {
    private static final String SHIPPED = "default-config/categories.yaml";

    @Produces
    @Singleton
    CategoryStandard standard(ConversationConfig config) {
        Path file = Path.of(config.categoriesFile());
        if (Files.isRegularFile(file)) {
            Log.infof("Classification standard from %s", file.toAbsolutePath());
            return CategoryStandard.load(file);
        }
        Log.warnf("No classification standard at %s: using the shipped one", file.toAbsolutePath());
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new InvalidStandardException("the shipped classification standard is missing");
            }
            return CategoryStandard.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidStandardException("cannot read the shipped classification standard: " + e.getMessage(), e);
        }
    }

    @Produces
    @Singleton
    CategoryClassifier classifier(CategoryStandard standard) {
        return new CategoryClassifier(standard);
    }

    @Produces
    @Singleton
    EmergencyDetector emergencies(CategoryStandard standard) {
        return new EmergencyDetector(standard);
    }

    @Produces
    @Singleton
    IntentRecognizer intents(CategoryClassifier classifier, EmergencyDetector emergencies, CategoryStandard standard) {
        return new IntentRecognizer(classifier, emergencies, standard);
    }

    @Produces
    @Singleton
    SlotExtractor slots() {
        return new SlotExtractor();
    }
}
