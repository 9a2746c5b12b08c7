package org.gridline.conversation.nlu;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed command words of the chat (取消, 确认, 签到, 接单 …): the conversation's own protocol, unlike the
 * classification vocabulary which operators edit. Each method answers only when its words are unmistakable.
 */
final class CommandRules {
    private static final Pattern WORKER = Pattern.compile("(接单|签收|办结|退回|挂起|恢复|发令)\\s*[:：#]?\\s*(r\\d{13}|\\d{4})(?!\\d)");
    /**
     * A worker's verb leading the message with no usable reference after it ("接单", "办结 12", "退回 R2026"): still a
     * command, answered with how to write it. A verb followed by other words ("恢复供水了吗") is not.
     */
    private static final Pattern BARE_WORKER = Pattern.compile("^(接单|签收|办结|退回|挂起|恢复|发令)(?:$|[\\s:：#]|r?\\d)");
    private static final Pattern REFERENCE = Pattern.compile("r\\d{13}|(?<!\\d)\\d{4}(?!\\d)");
    private static final List<String> VOLUNTEER = List.of("取消报名", "取消兑换", "我的活动", "签到码", "积分商城", "签到",
            "签退", "积分", "兑换", "商城", "核销", "招募", "报名", "活动", "志愿");
    private static final List<String> MY_REPORTS = List.of("我的上报", "我的报事", "我的工单记录", "我的投诉", "查询", "进度",
            "查一下", "处理得怎么样", "处理到哪", "办得怎么样", "有结果了吗", "有回复吗", "上次报的", "之前报的", "之前反映的",
            "上次反映的", "我报的");
    private static final List<String> CANCEL_ANYWHERE = List.of("不报了", "取消上报", "撤销上报", "撤回上报", "不想报了");
    private static final List<String> CANCEL_SHORT = List.of("取消", "算了", "不要了", "撤销", "撤回");
    private static final List<String> CONFIRM = List.of("确认", "确定", "是", "对", "1", "好", "嗯", "嗯嗯", "可以", "没问题",
            "提交", "确认提交", "ok", "没错", "yes", "行");
    private static final List<String> SKIP = List.of("跳过", "略过", "不用", "不需要", "没有照片", "不拍了", "下一步");
    private static final List<String> CORRECT = List.of("改地址", "修改地址", "地址错了", "地址不对", "重新说", "说错了", "写错了",
            "重新填", "改一下", "改电话", "重来");
    private static final List<String> RATING = List.of("非常不满意", "不太满意", "不满意", "基本满意", "非常满意", "很满意", "满意",
            "还行", "一般");

    Optional<Recognition> worker(String text) {
        Matcher m = WORKER.matcher(text);
        if (m.find()) {
            return Optional.of(new Recognition(Intent.WORKER_COMMAND, m.group(1), Optional.of(m.group(2).toUpperCase())));
        }
        if (text.contains("我的工单")) {
            return Optional.of(Recognition.of(Intent.WORKER_COMMAND, "我的工单"));
        }
        Matcher bare = BARE_WORKER.matcher(text.strip());
        return bare.find() ? Optional.of(Recognition.of(Intent.WORKER_COMMAND, bare.group(1))) : Optional.empty();
    }

    /** Volunteer verbs count when they lead the message, or in a short message that describes no problem. */
    Optional<Recognition> volunteer(String bare, boolean looksLikeProblem) {
        Optional<String> verb = Words.prefixOf(bare, VOLUNTEER);
        if (verb.isEmpty() && (bare.contains("志愿") || (bare.length() <= 12 && !looksLikeProblem))) {
            verb = Words.firstIn(bare, VOLUNTEER);
        }
        return verb.map(v -> Recognition.of(Intent.VOLUNTEER, v));
    }

    Optional<Recognition> control(String bare) {
        if (Words.anyIn(bare, CANCEL_ANYWHERE) || (bare.length() <= 8 && Words.prefixOf(bare, CANCEL_SHORT).isPresent())) {
            return Optional.of(Recognition.of(Intent.CANCEL));
        }
        String core = bare.replaceAll("[啊呀吧的哦呢嘛啦了哈]+$", "");
        if (CONFIRM.contains(core)) {
            return Optional.of(Recognition.of(Intent.CONFIRM));
        }
        if (SKIP.contains(core) || bare.startsWith("跳过")) {
            return Optional.of(Recognition.of(Intent.SKIP));
        }
        if (Words.anyIn(bare, CORRECT)) {
            return Optional.of(Recognition.of(Intent.CORRECT));
        }
        if (bare.length() <= 6 && bare.startsWith("继续")) {
            return Optional.of(Recognition.of(Intent.RESUME));
        }
        boolean follow = bare.length() <= 8 && (bare.startsWith("关注") || bare.startsWith("订阅"));
        return follow ? Optional.of(Recognition.of(Intent.FOLLOW)) : Optional.empty();
    }

    Optional<Recognition> myReports(String text) {
        if (!Words.anyIn(text, MY_REPORTS)) {
            return Optional.empty();
        }
        Matcher m = REFERENCE.matcher(text);
        Optional<String> reference = m.find() ? Optional.of(m.group().toUpperCase()) : Optional.empty();
        return Optional.of(new Recognition(Intent.MY_REPORTS, "", reference));
    }

    /** 满意 / 基本满意 / 不满意 leading the message, or in a short one describing no problem; verb is one of the three. */
    Optional<Recognition> rating(String bare, boolean looksLikeProblem) {
        Optional<String> word = Words.prefixOf(bare, RATING).filter(w -> w.contains("满意") || bare.length() <= 4);
        if (word.isEmpty() && bare.length() <= 12 && !looksLikeProblem) {
            word = Words.firstIn(bare, RATING).filter(w -> w.contains("满意"));
        }
        return word.map(w -> Recognition.of(Intent.RATING, ratingValue(w)));
    }

    private static String ratingValue(String word) {
        if (word.contains("不")) {
            return "不满意";
        }
        return word.equals("还行") || word.equals("一般") || word.equals("基本满意") ? "基本满意" : "满意";
    }
}
