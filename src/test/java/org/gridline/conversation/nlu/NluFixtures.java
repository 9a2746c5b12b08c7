package org.gridline.conversation.nlu;

import org.gridline.report.CategoryStandard;

import java.nio.file.Path;

/** The shipped classification standard and the components built on it, loaded once for all NLU tests. */
final class NluFixtures {
    static final Path STANDARD_FILE = Path.of("config/categories.yaml");
    static final CategoryStandard STANDARD = CategoryStandard.load(STANDARD_FILE);
    static final CategoryClassifier CLASSIFIER = new CategoryClassifier(STANDARD);
    static final EmergencyDetector EMERGENCIES = new EmergencyDetector(STANDARD);
    static final IntentRecognizer INTENTS = new IntentRecognizer(CLASSIFIER, EMERGENCIES, STANDARD);
    static final SlotExtractor SLOTS = new SlotExtractor();

    private NluFixtures() {
    }
}
