package org.gridline.notify;

/** The two ways a message reaches a person: a reply into the chat, or a templated notification. */
public enum OutboxKind {
    CUSTOM, SUBSCRIBE
}
