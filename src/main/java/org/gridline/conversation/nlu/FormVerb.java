package org.gridline.conversation.nlu;

import java.util.List;

/**
 * The words that steer an open form, each with its aliases and the intent it is recognised as. {@link CommandRules}
 * reads them (and nothing else spells them); the dialogues see only the {@link Intent}.
 */
public enum FormVerb {
    /** 取消 a form, as the start of a short message. */
    CANCEL(Intent.CANCEL, "取消", "算了", "不要了", "撤销", "撤回"),
    /** 确认 the summary: the whole message (without a trailing particle). */
    CONFIRM(Intent.CONFIRM, "确认", "确定", "是", "对", "1", "好", "嗯", "嗯嗯", "可以", "没问题", "提交", "确认提交",
            "ok", "没错", "yes", "行"),
    /** 跳过 an optional question: the whole message, or any message starting with 跳过. */
    SKIP(Intent.SKIP, "跳过", "略过", "不用", "不需要", "没有照片", "不拍了", "下一步"),
    /** 修改 what was said: anywhere in the message. */
    CORRECT(Intent.CORRECT, "改地址", "修改地址", "地址错了", "地址不对", "重新说", "说错了", "写错了", "重新填", "改一下",
            "改电话", "重来"),
    /** 继续 a draft, as the start of a short message. */
    RESUME(Intent.RESUME, "继续"),
    /** 关注 a probable duplicate, as the start of a short message. */
    FOLLOW(Intent.FOLLOW, "关注", "订阅");

    /** Words that cancel a report wherever they stand in the message (不报了). */
    public static final List<String> CANCEL_ANYWHERE = List.of("不报了", "取消上报", "撤销上报", "撤回上报", "不想报了");

    private final Intent intent;
    private final List<String> aliases;

    FormVerb(Intent intent, String... aliases) {
        this.intent = intent;
        this.aliases = List.of(aliases);
    }

    public Intent intent() {
        return intent;
    }

    public List<String> aliases() {
        return aliases;
    }
}
