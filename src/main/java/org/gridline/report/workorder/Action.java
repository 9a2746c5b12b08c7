package org.gridline.report.workorder;

import java.util.EnumSet;
import java.util.Set;

import static org.gridline.report.workorder.ActorRole.*;

/**
 * What can be done to a work order, with the Chinese verb used in messages, who may do it and whether a reason is
 * required. Reasons are required where the issue demands one: 退回, 挂起 and 作废 must say why.
 */
public enum Action {
    DISPATCH("派单", false, STAFF, LEADER, SYSTEM),
    ACCEPT("签收", false, ASSIGNEE, GRID_MEMBER, LEADER),
    SUSPEND("挂起", true, ASSIGNEE, LEADER),
    RESUME("恢复", false, ASSIGNEE, LEADER),
    RESOLVE("办结", false, ASSIGNEE, LEADER),
    RETURN("退回", true, ASSIGNEE, LEADER),
    CANCEL("作废", true, STAFF),
    RATE_SATISFIED("评价为满意", false, RESIDENT),
    RATE_BASIC("评价为基本满意", false, RESIDENT),
    RATE_UNSATISFIED("评价为不满意", false, RESIDENT),
    CLOSE_UNRATED("关闭", false, SYSTEM),
    REDISPATCH("重新派单", false, STAFF, LEADER, SYSTEM),
    /** Staff move a live order to another worker (改派); the new worker must accept it again. */
    REASSIGN("改派", true, STAFF, LEADER),
    /** Staff correct the category (改类); the deadline, level and department follow the new one's rules. */
    RECLASSIFY("改类", true, STAFF, LEADER);

    private final String verb;
    private final boolean reasonRequired;
    private final Set<ActorRole> allowed;

    Action(String verb, boolean reasonRequired, ActorRole first, ActorRole... rest) {
        this.verb = verb;
        this.reasonRequired = reasonRequired;
        this.allowed = EnumSet.of(first, rest);
    }

    public String verb() {
        return verb;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public boolean allows(ActorRole role) {
        return allowed.contains(role);
    }
}
