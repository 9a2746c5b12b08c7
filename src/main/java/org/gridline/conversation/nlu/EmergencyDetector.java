package org.gridline.conversation.nlu;

import org.gridline.platform.text.TextNormalizer;
import org.gridline.report.CategoryStandard;
import org.gridline.report.EmergencyRule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spots messages where someone may be in danger now (gas, fire, fights, a person collapsed), so the conversation
 * tells the resident whom to call before it asks a single question. A phrase right after a negation ("没有煤气味了",
 * "不是着火") or a hypothesis ("万一着火") does not count.
 */
public final class EmergencyDetector {
    private static final List<String> NEGATIONS = List.of("没有", "没", "无", "不是", "并非", "万一", "怕", "以防");

    private final PhraseMatcher<EmergencyRule> matcher;

    public EmergencyDetector(CategoryStandard standard) {
        Map<String, EmergencyRule> phrases = new HashMap<>();
        standard.emergencies().forEach(r -> r.phrases().forEach(p -> phrases.put(TextNormalizer.normalize(p), r)));
        this.matcher = new PhraseMatcher<>(phrases);
    }

    /** The first non-negated emergency in {@code text}, if any. */
    public Optional<Emergency> detect(String text) {
        String normalized = TextNormalizer.normalize(text);
        return matcher.findAll(normalized).stream()
                .filter(m -> !negated(normalized, m.start()))
                .findFirst()
                .map(m -> new Emergency(m.phrase(), m.value().phones(), m.value().category()));
    }

    private static boolean negated(String text, int start) {
        String before = text.substring(Math.max(0, start - 2), start);
        return NEGATIONS.stream().anyMatch(before::endsWith);
    }
}
