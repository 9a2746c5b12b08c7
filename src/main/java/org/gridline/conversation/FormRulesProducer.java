package org.gridline.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The form rules with the configured patience and inactivity timeout. */
@ApplicationScoped
public class FormRulesProducer {
    @Produces
    @Singleton
    FormRules rules(ConversationConfig config) {
        return new FormRules(config.maxReAsks(), config.inactivityTimeout());
    }
}
