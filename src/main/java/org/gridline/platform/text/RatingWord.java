package org.gridline.platform.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The resident's rating words (回访评价), each with the aliases that mean it. The chat's recognition and the rating of a
 * work order both read them from here, so a new alias is added in one place.
 */
public enum RatingWord {
    UNSATISFIED("不满意", "非常不满意", "不太满意", "不满意"),
    BASIC("基本满意", "基本满意", "还行", "一般"),
    SATISFIED("满意", "非常满意", "很满意", "满意");

    /**
     * Every alias in the order a message is searched for them: the words with 满意 first (longest of a kind first),
     * then the softer 还行 and 一般.
     */
    public static final List<String> WORDS = Arrays.stream(values()).flatMap(w -> w.aliases.stream())
            .sorted(Comparator.comparing(w -> !w.contains("满意"))).toList();

    private final String word;
    private final List<String> aliases;

    RatingWord(String word, String... aliases) {
        this.word = word;
        this.aliases = List.of(aliases);
    }

    /** The word itself: 满意, 基本满意 or 不满意. */
    public String word() {
        return word;
    }

    public List<String> aliases() {
        return aliases;
    }

    /** The rating an alias ("很满意", "还行") or a word means. */
    public static Optional<RatingWord> of(String alias) {
        return Arrays.stream(values()).filter(w -> w.word.equals(alias) || w.aliases.contains(alias)).findFirst();
    }
}
