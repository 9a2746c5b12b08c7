package org.gridline.report.workorder;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 派单 rule: the member with the fewest open orders gets the order; ties go to whoever got an order least recently
 * (never before counts as longest ago), then to the longest-standing member. {@code except} (may be null) is left
 * out: the worker who just returned or handed back the order.
 */
public final class DispatchRule {
    /** A member who may get the order, in seniority order in the list given to {@link #pick}. */
    public record Member(String openid, int openOrders, Instant lastDispatched) {
    }

    private static final Comparator<Member> ORDER = Comparator.comparingInt(Member::openOrders)
            .thenComparing(Member::lastDispatched, Comparator.nullsFirst(Comparator.naturalOrder()));

    private DispatchRule() {
    }

    /** The member to dispatch to, from {@code bySeniority} (longest-standing first); empty when there is none. */
    public static Optional<Member> pick(List<Member> bySeniority, String except) {
        Member best = null;
        for (Member m : bySeniority) {
            if (!m.openid().equals(except) && (best == null || ORDER.compare(m, best) < 0)) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }
}
