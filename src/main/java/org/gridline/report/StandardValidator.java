package org.gridline.report;

import org.gridline.platform.text.TextNormalizer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a parsed standard before it is used; each error names the entry so operators can fix the file. */
final class StandardValidator {
    private StandardValidator() {
    }

    static void validate(CategoryStandard.Document doc) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < doc.categories().size(); i++) {
            Category c = doc.categories().get(i);
            String where = "category #" + (i + 1) + (c.code() == null ? "" : " (" + c.code() + ")");
            require(c.code() != null && !c.code().isBlank(), where + ": code is missing");
            require(codes.add(c.code()), where + ": code " + c.code() + " is used twice");
            require(c.name() != null && !c.name().isBlank(), where + ": name is missing");
            require(c.level() >= 1 && c.level() <= 4, where + ": level must be 1..4, was " + c.level());
            require(c.deadlineHours() > 0, where + ": deadlineHours must be > 0, was " + c.deadlineHours());
            require(doc.departments().containsKey(c.department()),
                    where + ": department " + c.department() + " is not listed under departments");
        }
        require(codes.contains(CategoryStandard.OTHER), "category " + CategoryStandard.OTHER + " (其他) is required");
        validateEmergencies(doc.emergencies(), codes);
        validateUniquePhrases(doc);
    }

    private static void validateEmergencies(List<EmergencyRule> rules, Set<String> codes) {
        for (int i = 0; i < rules.size(); i++) {
            EmergencyRule r = rules.get(i);
            String where = "emergency #" + (i + 1) + " " + r.phrases();
            require(!r.phrases().isEmpty(), where + ": phrases are missing");
            require(!r.phones().isEmpty(), where + ": phones are missing");
            require(codes.contains(r.category()), where + ": category " + r.category() + " does not exist");
        }
    }

    /** A phrase must point at one place only, or the classifier's answer would depend on file order. */
    private static void validateUniquePhrases(CategoryStandard.Document doc) {
        Map<String, String> owner = new HashMap<>();
        for (Category c : doc.categories()) {
            c.keywords().forEach(p -> claim(owner, p, c.code() + " keywords"));
            c.synonyms().forEach(p -> claim(owner, p, c.code() + " synonyms"));
        }
        for (EmergencyRule r : doc.emergencies()) {
            r.phrases().forEach(p -> claim(owner, p, "emergencies (" + r.category() + ")"));
        }
    }

    private static void claim(Map<String, String> owner, String phrase, String where) {
        require(phrase != null && !phrase.isBlank(), where + ": empty phrase");
        String previous = owner.putIfAbsent(TextNormalizer.normalize(phrase), where);
        require(previous == null, "phrase \"" + phrase + "\" appears in " + previous + " and in " + where);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidStandardException(message);
        }
    }
}
