package org.gridline.conversation.nlu;

import org.gridline.platform.text.TextNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * The features of the category model: character uni-, bi- and trigrams of the message's letters, digits and
 * ideographs. Chinese has no spaces, and residents misspell and paraphrase, so overlapping character pieces generalise
 * better than a word list: "垃级没人拉" still shares "没人" and "人拉" with the texts it was trained on. Digits are all
 * one symbol, because "3栋" and "5栋" say the same about a category.
 */
final class CharNgrams {
    static final int MAX_N = 3;

    private CharNgrams() {
    }

    static List<String> of(String text) {
        String bare = Words.bare(TextNormalizer.normalize(text)).replaceAll("\\d", "0");
        List<String> grams = new ArrayList<>(bare.length() * MAX_N);
        for (int n = 1; n <= MAX_N; n++) {
            for (int i = 0; i + n <= bare.length(); i++) {
                grams.add(bare.substring(i, i + n));
            }
        }
        return grams;
    }
}
