package org.gridline.report.workorder;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the work-order life after filing: notifications, windows, the escalation job. */
@ConfigMapping(prefix = "gridline.workorder")
public interface WorkOrderConfig {

    /**
     * Subscribe-message template of "a new order for you" sent to the worker, and to the grid's leader for an
     * emergency (keys character_string1 number, thing2 category, "紧急：" first for an emergency, thing3 place, time4
     * deadline, phone_number5 the resident's phone when they left one); a customer-service text with everything
     * (description, phone, photo links) is sent instead when the recipient has no authorisation left for it.
     */
    @WithDefault("workorder-dispatched")
    String dispatchedTemplateId();

    /**
     * Subscribe-message template of reminders and escalations (催办, 督办, 上报, department orders) to workers, leaders,
     * street duty and departments (keys character_string1 number, thing2 what, thing3 place, time4 deadline).
     */
    @WithDefault("workorder-escalated")
    String escalatedTemplateId();

    /**
     * Subscribe-message template a resident gets when the 48 h reply window has closed (keys character_string1 number,
     * phrase2 status, thing3 note).
     */
    @WithDefault("report-progress")
    String progressTemplateId();

    /** Mini-program page the notifications open. */
    @WithDefault("pages/report/detail")
    String page();

    /** How long a resident may rate a resolved report; then it closes unrated. */
    @WithDefault("3d")
    Duration ratingWindow();

    /** A department must acknowledge (签收) a grid-issued order within this time, or it escalates to the street. */
    @WithDefault("4h")
    Duration orderAcknowledgeWindow();

    /** A photo the worker sends this soon after 办结 is attached to the resolved report. */
    @WithDefault("30m")
    Duration resolutionPhotoWindow();

    /**
     * Level → share of the category's hours allowed, as {@code level=factor} pairs (level 1 most urgent). Levels not
     * listed get all of them. A malformed value stops the start with a message naming it.
     */
    @WithDefault("1=0.25,2=0.5,3=1.0,4=1.0")
    String levelFactors();

    /** How often the escalation, rating-window and department-order checks run on each instance. */
    @WithDefault("30s")
    Duration checkInterval();

    /** Reports handled per check transaction (the check loops until nothing is due). */
    @WithDefault("200")
    int checkBatch();

    /** Open orders listed by 我的工单. */
    @WithDefault("10")
    int myOrdersLimit();
}
