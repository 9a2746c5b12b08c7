package org.gridline.conversation.nlu;

import org.gridline.platform.text.RatingWord;
import org.gridline.report.ReportNumbers;
import org.gridline.report.WorkerVerb;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed command words of the chat (取消, 确认, 签到, 接单 …): the conversation's own protocol, unlike the
 * classification vocabulary which operators edit. Each method answers only when its words are unmistakable.
 */
final class CommandRules {
    private static final Pattern WORKER = Pattern.compile("(" + WorkerVerb.alternation()
            + ")\\s*[:：#]?\\s*(" + ReportNumbers.REFERENCE + ")(?!\\d)");
    /**
     * A worker's verb leading the message with no usable reference after it ("接单", "办结 12", "退回 R2026"): still a
     * command, answered with how to write it. A verb followed by other words ("恢复供水了吗") is not.
     */
    private static final Pattern BARE_WORKER = Pattern.compile("^(" + WorkerVerb.alternation()
            + ")(?:$|[\\s:：#]|r?\\d)");
    private static final List<String> MY_REPORTS = List.of("我的上报", "我的报事", "我的工单记录", "我的投诉", "查询", "进度",
            "查一下", "处理得怎么样", "处理到哪", "办得怎么样", "有结果了吗", "有回复吗", "上次报的", "之前报的", "之前反映的",
            "上次反映的", "我报的");

    Optional<Recognition> worker(String text) {
        Matcher m = WORKER.matcher(text);
        if (m.find()) {
            return Optional.of(new Recognition(Intent.WORKER_COMMAND, m.group(1),
                    Optional.of(m.group(2).toUpperCase())));
        }
        if (text.contains(WorkerVerb.MY_ORDERS.word())) {
            return Optional.of(Recognition.of(Intent.WORKER_COMMAND, WorkerVerb.MY_ORDERS.word()));
        }
        Matcher bare = BARE_WORKER.matcher(text.strip());
        return bare.find() ? Optional.of(Recognition.of(Intent.WORKER_COMMAND, bare.group(1))) : Optional.empty();
    }

    /** Volunteer verbs count when they lead the message, or in a short message that describes no problem. */
    Optional<Recognition> volunteer(String bare, boolean looksLikeProblem) {
        Optional<String> verb = Words.prefixOf(bare, VolunteerVerb.WORDS);
        if (verb.isEmpty() && (bare.contains("志愿") || (bare.length() <= 12 && !looksLikeProblem))) {
            verb = Words.firstIn(bare, VolunteerVerb.WORDS);
        }
        return verb.map(v -> Recognition.of(Intent.VOLUNTEER, v));
    }

    Optional<Recognition> control(String bare) {
        if (Words.anyIn(bare, FormVerb.CANCEL_ANYWHERE)
                || (bare.length() <= 8 && Words.prefixOf(bare, FormVerb.CANCEL.aliases()).isPresent())) {
            return Optional.of(Recognition.of(Intent.CANCEL));
        }
        String core = bare.replaceAll("[啊呀吧的哦呢嘛啦了哈]+$", "");
        if (FormVerb.CONFIRM.aliases().contains(core)) {
            return Optional.of(Recognition.of(Intent.CONFIRM));
        }
        if (FormVerb.SKIP.aliases().contains(core) || bare.startsWith(FormVerb.SKIP.aliases().get(0))) {
            return Optional.of(Recognition.of(Intent.SKIP));
        }
        if (Words.anyIn(bare, FormVerb.CORRECT.aliases())) {
            return Optional.of(Recognition.of(Intent.CORRECT));
        }
        if (bare.length() <= 6 && Words.prefixOf(bare, FormVerb.RESUME.aliases()).isPresent()) {
            return Optional.of(Recognition.of(Intent.RESUME));
        }
        boolean follow = bare.length() <= 8 && Words.prefixOf(bare, FormVerb.FOLLOW.aliases()).isPresent();
        return follow ? Optional.of(Recognition.of(Intent.FOLLOW)) : Optional.empty();
    }

    Optional<Recognition> myReports(String text) {
        if (!Words.anyIn(text, MY_REPORTS)) {
            return Optional.empty();
        }
        return Optional.of(new Recognition(Intent.MY_REPORTS, "", ReportNumbers.referenceIn(text)));
    }

    /** 满意 / 基本满意 / 不满意 leading the message, or in a short one describing no problem; verb is one of the three. */
    Optional<Recognition> rating(String bare, boolean looksLikeProblem) {
        Optional<String> word = Words.prefixOf(bare, RatingWord.WORDS)
                .filter(w -> w.contains("满意") || bare.length() <= 4);
        if (word.isEmpty() && bare.length() <= 12 && !looksLikeProblem) {
            word = Words.firstIn(bare, RatingWord.WORDS).filter(w -> w.contains("满意"));
        }
        return word.flatMap(RatingWord::of).map(w -> Recognition.of(Intent.RATING, w.word()));
    }
}
