package org.gridline.conversation.nlu;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The volunteer commands of the chat, in the order a message is searched for them (the longer word that starts with a
 * shorter one first: 签到码 before 签到, 积分商城 before 积分). The conversation recognises them; {@code VolunteerChat}
 * gets the word as typed and reads it back with {@link #of}.
 */
public enum VolunteerVerb {
    CANCEL_SIGN_UP("取消报名"),
    CANCEL_ORDER("取消兑换"),
    MINE("我的活动"),
    CODE("签到码"),
    /** Answered with how to use the shop. */
    POINTS_SHOP("积分商城"),
    CHECK_IN("签到"),
    CHECK_OUT("签退"),
    POINTS("积分"),
    ORDER("兑换"),
    SHOP("商城"),
    PICK_UP("核销"),
    RECRUITMENTS("招募"),
    SIGN_UP("报名"),
    ACTIVITIES("活动"),
    /** Answered with what a volunteer can write. */
    VOLUNTEER("志愿");

    /** The words, in the order they are looked for. */
    public static final List<String> WORDS = Arrays.stream(values()).map(VolunteerVerb::word).toList();

    private final String word;

    VolunteerVerb(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<VolunteerVerb> of(String word) {
        return Arrays.stream(values()).filter(v -> v.word.equals(word)).findFirst();
    }
}
