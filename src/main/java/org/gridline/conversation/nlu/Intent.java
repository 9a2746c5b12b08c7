package org.gridline.conversation.nlu;

/**
 * What a resident, volunteer or worker wants with one chat message. The conversation decides what each intent means
 * in its current state (a CONFIRM with nothing to confirm is ignored; UNKNOWN usually gets the help menu).
 */
public enum Intent {
    /** Describes a problem: 事件上报 / 报事. */
    REPORT,
    /** Arrival registration: 报备 / 返乡登记. */
    REGISTRATION,
    /** Asks about own reports: 查询 / 进度. */
    MY_REPORTS,
    /** Greeting or asking for the menu. */
    HELP,
    /** 满意 / 基本满意 / 不满意 in reply to a rating request. */
    RATING,
    /** Short yes: 确认 / 是 / 对 / 1. */
    CONFIRM,
    /** 取消 / 算了 / 不报了. */
    CANCEL,
    /** 跳过 an optional question. */
    SKIP,
    /** 改地址 / 重新说: change what was said. */
    CORRECT,
    /** 继续 an interrupted form. */
    RESUME,
    /** 关注: subscribe to updates. */
    FOLLOW,
    /** Volunteer and points actions: 报名, 签到, 兑换 … */
    VOLUNTEER,
    /** A worker's command on a report: 接单, 办结, 退回 … */
    WORKER_COMMAND,
    /** Thanks, chit-chat, emoji, questions we cannot answer: never a report. */
    UNKNOWN
}
