package org.gridline.report;

import org.gridline.platform.text.RatingWord;

import java.util.Arrays;

/** The resident's verdict on a resolved report (回访评价). 满意 and 基本满意 count as satisfied; 不满意 reopens it. */
public enum Rating {
    SATISFIED(RatingWord.SATISFIED), BASIC(RatingWord.BASIC), UNSATISFIED(RatingWord.UNSATISFIED);

    private final RatingWord word;

    Rating(RatingWord word) {
        this.word = word;
    }

    /** The rating's word ({@link RatingWord#word()}): 满意, 基本满意 or 不满意. */
    public String label() {
        return word.word();
    }

    public boolean satisfied() {
        return this != UNSATISFIED;
    }

    /** The rating a recognised rating word means. */
    public static Rating of(RatingWord word) {
        return Arrays.stream(values()).filter(r -> r.word == word).findFirst().orElseThrow();
    }
}
