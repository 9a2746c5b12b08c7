package org.gridline.conversation.nlu;

import org.gridline.platform.text.TextNormalizer;
import org.gridline.report.Category;
import org.gridline.report.CategoryStandard;
import org.gridline.report.EmergencyRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the categories of the standard for a message by weighted phrase matching (longest phrase first). Rules, not a
 * model: operators can read why a report landed where it did and fix it by editing the file. Its evidence alone
 * decides whether a message is a report at all; {@link CategoryClassifier} adds a model only to pick the category.
 */
final class PhraseRanker {
    private record Term(Category category, int weight) {
    }

    private final CategoryStandard standard;
    private final PhraseMatcher<Term> matcher;

    PhraseRanker(CategoryStandard standard) {
        this.standard = standard;
        this.matcher = new PhraseMatcher<>(terms(standard));
    }

    /**
     * The candidates for {@code text}, best first. On equal scores the category mentioned first wins: residents name
     * the subject first ("共享单车把盲道堵了").
     */
    Classification rank(String text) {
        Map<Category, List<PhraseMatcher.Match<Term>>> byCategory = new LinkedHashMap<>();
        for (PhraseMatcher.Match<Term> m : matcher.findAll(TextNormalizer.normalize(text))) {
            byCategory.computeIfAbsent(m.value().category(), c -> new ArrayList<>()).add(m);
        }
        if (byCategory.isEmpty()) {
            return new Classification(List.of(new Candidate(standard.other(), 0, List.of(), false, 0)), false);
        }
        List<Candidate> ranked = new ArrayList<>();
        byCategory.forEach((category, matches) -> ranked.add(candidate(category, matches)));
        ranked.sort(Comparator.comparingInt(Candidate::score).reversed());
        return new Classification(ranked, isClearlyAhead(ranked));
    }

    private static Candidate candidate(Category category, List<PhraseMatcher.Match<Term>> matches) {
        int score = matches.stream().mapToInt(m -> m.value().weight()).sum();
        boolean phrase = matches.stream().anyMatch(m -> m.value().weight() > CategoryClassifier.KEYWORD);
        return new Candidate(category, score, matches.stream().map(PhraseMatcher.Match::phrase).toList(), phrase, 0);
    }

    /** At least one synonym's worth of evidence, and at least twice the runner-up's. */
    private static boolean isClearlyAhead(List<Candidate> ranked) {
        int top = ranked.get(0).score();
        int second = ranked.size() > 1 ? ranked.get(1).score() : 0;
        return top >= CategoryClassifier.SYNONYM && top >= 2 * second;
    }

    private static Map<String, Term> terms(CategoryStandard standard) {
        Map<String, Term> terms = new HashMap<>();
        for (Category c : standard.categories()) {
            c.keywords().forEach(k -> terms.put(TextNormalizer.normalize(k), new Term(c, CategoryClassifier.KEYWORD)));
            c.synonyms().forEach(s -> terms.put(TextNormalizer.normalize(s), new Term(c, CategoryClassifier.SYNONYM)));
        }
        for (EmergencyRule r : standard.emergencies()) {
            Category c = standard.category(r.category()).orElseThrow();
            r.phrases().forEach(p -> terms.put(TextNormalizer.normalize(p), new Term(c, CategoryClassifier.EMERGENCY)));
        }
        return terms;
    }
}
