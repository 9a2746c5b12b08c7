package org.gridline.conversation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The chat: where the classification standard is, and how patient the forms are. */
@ConfigMapping(prefix = "gridline.conversation")
public interface ConversationConfig {

    /** The classification standard (分级分类标准); when the file is absent the shipped standard is used. */
    @WithDefault("config/categories.yaml")
    String categoriesFile();

    /** A form left unanswered this long is closed as a draft, resumable with 继续. */
    @WithDefault("30m")
    Duration inactivityTimeout();

    /** How many times one question is asked again before the resident is offered a way out. */
    @WithDefault("2")
    int maxReAsks();
}
