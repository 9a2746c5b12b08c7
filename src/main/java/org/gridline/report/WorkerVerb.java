package org.gridline.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The work-order commands of the chat, each with its words. The conversation recognises them (a verb then a report
 * number or its last 4 digits; 我的工单 anywhere) and {@link WorkOrderChat} reads the word back with {@link #of}.
 */
public enum WorkerVerb {
    /** 接单/签收: the worker takes the order; 签收 is a department contact's acknowledgement of a grid's order too. */
    ACCEPT("接单", "签收"),
    RESOLVE("办结"),
    RETURN("退回"),
    SUSPEND("挂起"),
    RESUME("恢复"),
    /** 发令: the grid's leader orders a department to act. */
    ORDER("发令"),
    /** 我的工单: the worker's open orders; takes no reference. */
    MY_ORDERS("我的工单");

    /** The words that take a report reference after them, in the order they are looked for. */
    public static final List<String> WITH_REFERENCE = Arrays.stream(values()).filter(v -> v != MY_ORDERS)
            .flatMap(v -> v.aliases.stream()).toList();

    private final List<String> aliases;

    WorkerVerb(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** The word as the usage text shows it. */
    public String word() {
        return aliases.get(0);
    }

    public List<String> aliases() {
        return aliases;
    }

    public static Optional<WorkerVerb> of(String word) {
        return Arrays.stream(values()).filter(v -> v.aliases.contains(word)).findFirst();
    }

    /** {@link #WITH_REFERENCE} as a regular-expression alternation: {@code 接单|签收|…}. */
    public static String alternation() {
        return String.join("|", WITH_REFERENCE);
    }
}
