package org.gridline.conversation;

import io.quarkus.arc.DefaultBean;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Until the volunteer feature provides its {@link VolunteerChat}: a polite "coming soon". */
@DefaultBean
@ApplicationScoped
public class ComingSoonVolunteerChat implements VolunteerChat {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance comingSoon(String verb);
    }

    @Override
    public Uni<String> reply(String openid, String verb, String text) {
        return Uni.createFrom().item(Templates.comingSoon(verb).render().strip());
    }
}
