package org.gridline.conversation.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the categories of the standard for a message by weighted phrase matching (longest phrase first). Rules, not a
 * model: operators can read why a report landed where it did and fix it by editing the file.
 */
public final class CategoryClassifier {
    static final int KEYWORD = 1;
    static final int SYNONYM = 2;
    static final int EMERGENCY = 3;

    private record Term(Category category, int weight) {
    }

    private final CategoryStandard standard;
    private final PhraseMatcher<Term> matcher;

    public CategoryClassifier(CategoryStandard standard) {
        this.standard = standard;
        this.matcher = new PhraseMatcher<>(terms(standard));
    }

    /** The candidates for {@code text}, best first, ties in the order of the standard. */
    public Classification classify(String text) {
        Map<Category, List<String>> phrases = new LinkedHashMap<>();
        Map<Category, Integer> scores = new HashMap<>();
        for (PhraseMatcher.Match<Term> m : matcher.findAll(TextNormalizer.normalize(text))) {
            phrases.computeIfAbsent(m.value().category(), c -> new ArrayList<>()).add(m.phrase());
            scores.merge(m.value().category(), m.value().weight(), Integer::sum);
        }
        List<Candidate> ranked = new ArrayList<>();
        phrases.forEach((category, found) -> ranked.add(new Candidate(category, scores.get(category), found)));
        ranked.sort(Comparator.comparingInt(Candidate::score).reversed()
                .thenComparingInt(c -> standard.categories().indexOf(c.category())));
        if (ranked.isEmpty()) {
            return new Classification(List.of(new Candidate(standard.other(), 0, List.of())), false);
        }
        return new Classification(ranked, isClearlyAhead(ranked));
    }

    /** At least one synonym's worth of evidence, and at least twice the runner-up's. */
    private static boolean isClearlyAhead(List<Candidate> ranked) {
        int top = ranked.get(0).score();
        int second = ranked.size() > 1 ? ranked.get(1).score() : 0;
        return top >= SYNONYM && top >= 2 * second;
    }

    private static Map<String, Term> terms(CategoryStandard standard) {
        Map<String, Term> terms = new HashMap<>();
        for (Category c : standard.categories()) {
            c.keywords().forEach(k -> terms.put(TextNormalizer.normalize(k), new Term(c, KEYWORD)));
            c.synonyms().forEach(s -> terms.put(TextNormalizer.normalize(s), new Term(c, SYNONYM)));
        }
        for (EmergencyRule r : standard.emergencies()) {
            Category c = standard.category(r.category()).orElseThrow();
            r.phrases().forEach(p -> terms.put(TextNormalizer.normalize(p), new Term(c, EMERGENCY)));
        }
        return terms;
    }
}
