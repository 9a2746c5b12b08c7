package org.gridline.conversation;

import io.smallrye.mutiny.Uni;

/**
 * The volunteer feature's side of the chat (招募, 报名, 签到, 积分, 兑换 …). The conversation recognises the verb and
 * hands the message over; the implementation decides and returns the reply text, which the conversation sends.
 * Called inside the transaction that processes the message, so its changes commit with the reply.
 */
public interface VolunteerChat {
    /**
     * @param openid who wrote
     * @param verb   the command word as recognised ("签到", "兑换"), see {@code Recognition#verb}
     * @param text   the whole message
     * @return the reply to send to {@code openid}
     */
    Uni<String> reply(String openid, String verb, String text);
}
