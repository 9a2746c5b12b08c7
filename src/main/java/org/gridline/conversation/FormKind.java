package org.gridline.conversation;

/** The forms a resident can fill in the chat, one at a time. */
public enum FormKind {
    /** 事件上报. */
    REPORT,
    /** 报备. */
    REGISTRATION
}
