package org.gridline.report.workorder;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.text.RatingWord;
import org.gridline.report.Rating;
import org.gridline.report.workorder.WorkOrderReplies.Templates;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.gridline.report.workorder.WorkOrderReplies.render;

/** The resident's rating in the chat: 满意 / 基本满意 / 不满意 (or their aliases, or 1/2/3), with an optional comment. */
@ApplicationScoped
class RatingChat {
    private static final Pattern DIGIT_RATING = Pattern.compile("^\\s*([123])(?![0-9])[\\s，,、:：。.]*(.*)$",
            Pattern.DOTALL);
    private static final String SEPARATORS = "^[\\s，,、:：。.！!]+";

    private final Ratings ratings;

    RatingChat(Ratings ratings) {
        this.ratings = ratings;
    }

    /** The rating word recognised ("满意", "基本满意", "不满意") with the rest of the message as a comment. */
    Uni<String> rate(String openid, String word, String text) {
        Rating rating = RatingWord.of(word).map(Rating::of).orElse(Rating.SATISFIED);
        return rate(openid, rating, commentAfter(text));
    }

    /** "1", "2" or "3" when the resident has a report waiting for a rating; empty otherwise. */
    Uni<Optional<String>> digitRating(String openid, String text) {
        Matcher m = DIGIT_RATING.matcher(text);
        if (!m.matches()) {
            return Uni.createFrom().item(Optional.empty());
        }
        Rating rating = Rating.values()[Integer.parseInt(m.group(1)) - 1];
        return ratings.awaitingRating(openid).chain(waiting -> waiting
                ? rate(openid, rating, m.group(2)).map(Optional::of) : Uni.createFrom().item(Optional.empty()));
    }

    private Uni<String> rate(String openid, Rating rating, String comment) {
        return ratings.rate(openid, rating, comment).map(rated -> rated.map(r -> render(Templates.rated(r.number(),
                r.rating(), r.reopened(), r.gridName()))).orElseGet(() -> render(Templates.nothingToRate())));
    }

    /** The message after its rating word, the separators after it dropped; the whole message when it has none. */
    static String commentAfter(String text) {
        String stripped = text.strip();
        for (String word : RatingWord.WORDS) {
            int at = stripped.indexOf(word);
            if (at >= 0) {
                return stripped.substring(at + word.length()).replaceFirst(SEPARATORS, "").strip();
            }
        }
        return stripped;
    }
}
