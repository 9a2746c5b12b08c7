package org.gridline.report;

import io.smallrye.mutiny.Uni;

import java.util.Optional;

/**
 * The work orders' side of the chat (接单, 办结, 退回, 挂起, 恢复, 发令, 我的工单, the photo after 办结, the resident's
 * rating), implemented by {@code report.workorder}. The conversation recognises the verb and hands the message over;
 * the implementation decides and returns the reply text, which the conversation sends. Called inside the transaction
 * that processes the message, so its changes commit with the reply. (Owned by the report feature, not by the
 * conversation as {@code VolunteerChat} is: the conversation already depends on reports for filing, so the port sits
 * on this side to keep that dependency one-way.)
 */
public interface WorkOrderChat {
    /**
     * A worker's command.
     *
     * @param verb      the command word as recognised ("接单", "我的工单"), see {@link WorkerVerb}
     * @param reference the report number or its last 4 digits, when the message has one
     * @param text      the whole message
     */
    Uni<String> command(String openid, String verb, Optional<String> reference, String text);

    /** A photo right after 办结 belongs to that order; empty when the worker resolved nothing just now. */
    Uni<Optional<String>> photo(String openid, String photo);

    /** The rating word recognised ("满意", "基本满意", "不满意"), the rest of the message a comment. */
    Uni<String> rate(String openid, String word, String text);

    /**
     * "1", "2" or "3" (with an optional comment) when the resident has a report waiting for a rating; empty when the
     * message is not such an answer, so that it means what it would mean otherwise.
     */
    Uni<Optional<String>> digitRating(String openid, String text);
}
