package org.gridline.volunteer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of recruitments, sign-ups and attendance. */
@ConfigMapping(prefix = "gridline.volunteer")
public interface VolunteerConfig {

    /** How long a check-in or check-out code (签到码) is accepted after it is issued. */
    @WithDefault("15m")
    Duration codeValidity();

    /** The award rule: the share of the scheduled time a volunteer must be present to earn the recruitment's points. */
    @WithDefault("0.5")
    double awardMinPresence();

    /** Subscribe-message template of "a recruitment was published" (keys thing1 title, time2 start, thing3 place). */
    @WithDefault("volunteer-recruitment-published")
    String publishedTemplateId();

    /** Subscribe-message template of "you moved from the waitlist to a place" (keys thing1 title, time2 start). */
    @WithDefault("volunteer-waitlist-promoted")
    String promotedTemplateId();

    /** Mini-program page the notifications open. */
    @WithDefault("pages/volunteer/index")
    String page();

    /** Recruitments listed in one 招募 reply. */
    @WithDefault("10")
    int listSize();
}
