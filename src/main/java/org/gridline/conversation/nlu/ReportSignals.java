package org.gridline.conversation.nlu;

import org.gridline.platform.text.TextNormalizer;

import java.util.List;

/**
 * Decides whether a message describes a problem. The expensive mistake is filing "谢谢，路灯修好了" or "垃圾几点收？"
 * as a report. An emergency or an explicit 投诉/举报 always is one; category phrases count unless the message thanks,
 * says it is fixed, or asks for information ("明天停水吗？") without saying anything is wrong.
 */
final class ReportSignals {
    private static final List<String> REPORT_VERBS = List.of("报事", "上报", "投诉", "反映", "举报", "报修", "我要报",
            "曝光", "建议", "有人管吗", "管管", "来处理", "来看看", "派人");
    private static final List<String> THANKS = List.of("谢谢", "感谢", "多谢", "辛苦", "点赞", "表扬", "给力", "好评", "锦旗",
            "谢啦", "3q", "thx", "thanks");
    private static final List<String> RESOLVED = List.of("修好了", "已经修", "解决了", "处理好了", "处理完了", "弄好了",
            "搞定了", "清理干净", "清走了", "恢复了", "已经好了", "亮了", "通了", "来过了", "办好了");
    /**
     * Questions that ask for information or the schedule ("明天停水吗"); "是不是诈骗啊" or "能不能来修" express a concern
     * and are not listed.
     */
    private static final List<String> INFO_QUESTION = List.of("几点", "什么时候", "哪里", "在哪", "怎么办理", "如何办理",
            "请问", "多少钱", "哪天", "咨询", "想问", "开门", "营业", "上班时间", "明天", "后天", "会不会", "怎么申请",
            "什么材料", "带什么", "什么条件");
    private static final List<String> PLACES = List.of("小区", "楼", "栋", "单元", "路", "街", "门口", "社区", "村", "巷",
            "广场", "公园", "市场", "学校", "附近", "对面", "旁边", "家");

    private final List<String> problemWords;

    ReportSignals(List<String> problemWords) {
        this.problemWords = problemWords.stream().map(TextNormalizer::normalize).toList();
    }

    /** Whether {@code text} (normalised) reports a problem, given its classification and any emergency. */
    boolean isReport(String text, Classification classification, boolean emergency) {
        if (emergency || Words.anyIn(text, REPORT_VERBS)) {
            return true;
        }
        boolean wrong = ProblemCues.saysSomethingIsWrong(text) && !Words.anyIn(text, INFO_QUESTION);
        boolean problem = wrong || Words.anyIn(text, problemWords);
        if (isThanksOrResolved(text, problem) || ProblemCues.praises(text)) {
            return false;
        }
        if (wrong) {
            return true;
        }
        if (classification.matchedAnything()) {
            return problem || !Words.anyIn(text, INFO_QUESTION);
        }
        return problem && Words.anyIn(text, PLACES);
    }

    /** Evidence strong enough to overrule a volunteer or registration reading. */
    boolean looksLikeProblem(String text, Classification classification) {
        return classification.top().phraseMatched() || ProblemCues.saysSomethingIsWrong(text)
                || (classification.matchedAnything() && Words.anyIn(text, problemWords));
    }

    private static boolean isThanksOrResolved(String text, boolean problem) {
        boolean resolved = Words.anyIn(text, RESOLVED);
        return (resolved && !problem) || (Words.anyIn(text, THANKS) && (resolved || !problem));
    }
}
