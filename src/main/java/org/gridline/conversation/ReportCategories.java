package org.gridline.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.conversation.nlu.Candidate;
import org.gridline.conversation.nlu.CategoryClassifier;
import org.gridline.conversation.nlu.Classification;
import org.gridline.report.Category;
import org.gridline.report.CategoryStandard;

import java.util.ArrayList;
import java.util.List;

/**
 * The category slot of the reporting form: inferred from the description when the classifier is confident, else
 * offered as a numbered choice of the likeliest categories (at most {@link #MAX_CHOICES}, 其他 always last).
 */
@ApplicationScoped
public class ReportCategories {
    static final int MAX_CHOICES = 4;

    private final CategoryClassifier classifier;
    private final CategoryStandard standard;

    public ReportCategories(CategoryClassifier classifier, CategoryStandard standard) {
        this.classifier = classifier;
        this.standard = standard;
    }

    /** Sets the category from the description, or prepares the choice; nothing without a description. */
    public void infer(FormState<ReportSlots> form) {
        String description = form.slots.description();
        if (description == null || form.slots.category() != null || !form.choices.isEmpty()) {
            return;
        }
        Classification result = classifier.classify(description);
        if (result.confident()) {
            form.update(s -> s.withCategory(result.top().category().code()));
            return;
        }
        List<String> codes = new ArrayList<>(result.candidates().stream().map(Candidate::category).map(Category::code)
                .filter(c -> !c.equals(CategoryStandard.OTHER)).limit(MAX_CHOICES - 1).toList());
        codes.add(CategoryStandard.OTHER);
        form.choices = codes;
    }

    /** The resident's pick from the offered choice ("2", "市政设施"); nothing when it is neither. */
    public void choose(FormState<ReportSlots> form, String text) {
        List<String> names = form.choices.stream().map(this::name).toList();
        ReportText.choice(text, form.choices, names).ifPresent(code -> form.update(s -> s.withCategory(code)));
    }

    /** The names of the offered categories, in the order of their numbers. */
    public List<String> choices(FormState<?> form) {
        return form.choices.stream().map(this::name).toList();
    }

    public String name(String code) {
        return standard.category(code).map(Category::name).orElse(code);
    }
}
