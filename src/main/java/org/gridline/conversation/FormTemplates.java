package org.gridline.conversation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/** The form engine's texts: templates under {@code templates/FormDialogue/}. */
@ApplicationScoped
public class FormTemplates implements FormReplies {
    @CheckedTemplate(basePath = "FormDialogue")
    static class Templates {
        static native TemplateInstance cancelled(FormKind kind);

        static native TemplateInstance cannotSkip();

        static native TemplateInstance notUnderstood();

        static native TemplateInstance greeted(FormKind kind);

        static native TemplateInstance resumed(FormKind kind);

        static native TemplateInstance confirmHelp();

        static native TemplateInstance correcting();
    }

    @Override
    public String cancelled(FormKind kind) {
        return render(Templates.cancelled(kind));
    }

    @Override
    public String cannotSkip() {
        return render(Templates.cannotSkip());
    }

    @Override
    public String notUnderstood() {
        return render(Templates.notUnderstood());
    }

    @Override
    public String greeted(FormKind kind) {
        return render(Templates.greeted(kind));
    }

    @Override
    public String resumed(FormKind kind) {
        return render(Templates.resumed(kind));
    }

    @Override
    public String confirmHelp() {
        return render(Templates.confirmHelp());
    }

    @Override
    public String correcting() {
        return render(Templates.correcting());
    }

    static String render(TemplateInstance template) {
        return template.render().strip();
    }
}
