package org.gridline.conversation;

/** What the form engine itself says, whatever the form; {@link FormTemplates} renders it. */
public interface FormReplies {
    String cancelled(FormKind kind);

    String cannotSkip();

    String notUnderstood();

    /** A greeting (你好) in the middle of a form. */
    String greeted(FormKind kind);

    String resumed(FormKind kind);

    String confirmHelp();

    String correcting();
}
