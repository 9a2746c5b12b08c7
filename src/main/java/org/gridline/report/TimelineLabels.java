package org.gridline.report;

import java.util.Map;

/** The Chinese words people read for the timeline's action codes (查询, the console). */
public final class TimelineLabels {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("RECEIVED", "已受理"), Map.entry("FOLLOWED", "有居民关注"), Map.entry("QUEUED", "待派单"),
            Map.entry("DISPATCH", "已派单"), Map.entry("REDISPATCH", "重新派单"), Map.entry("REASSIGN", "改派"),
            Map.entry("RECLASSIFY", "改类"),
            Map.entry("ACCEPT", "网格员已签收"), Map.entry("SUSPEND", "挂起"), Map.entry("RESUME", "恢复"),
            Map.entry("RESOLVE", "已办结"), Map.entry("RETURN", "退回"), Map.entry("CANCEL", "作废"),
            Map.entry("RATE_SATISFIED", "评价"), Map.entry("RATE_BASIC", "评价"), Map.entry("RATE_UNSATISFIED", "评价"),
            Map.entry("CLOSE_UNRATED", "结案"), Map.entry("PHOTO", "办结照片"),
            Map.entry("SUPPLEMENT", "居民补充"),
            Map.entry("REMINDER", "催办"), Map.entry("SUPERVISION", "督办"), Map.entry("ESCALATION", "上报"),
            Map.entry("ORDERED", "发令"), Map.entry("ORDER_ACKNOWLEDGED", "部门签收"),
            Map.entry("ORDER_OVERDUE", "发令逾期"));

    private TimelineLabels() {
    }

    /** The label of an action code; the code itself when it has none. */
    public static String of(String action) {
        return LABELS.getOrDefault(action, action);
    }
}
