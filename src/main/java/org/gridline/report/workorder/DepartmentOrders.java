package org.gridline.report.workorder;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.gridline.report.Report;
import org.gridline.report.ReportEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * 基层发令、部门执行: a grid leader orders a department to act on a report of their grid (发令 R… 部门代码 说明); a
 * contact of the department acknowledges it (签收 R…) within the window, or {@link WorkOrderChecks} escalates it to
 * the street's duty contacts, once.
 */
@ApplicationScoped
public class DepartmentOrders {
    public static final String ORDERED = "ORDERED";
    public static final String ORDER_ACKNOWLEDGED = "ORDER_ACKNOWLEDGED";
    public static final String ORDER_OVERDUE = "ORDER_OVERDUE";

    private final WorkOrders orders;
    private final People people;
    private final WorkOrderNotices notices;
    private final WorkOrderConfig config;

    DepartmentOrders(WorkOrders orders, People people, WorkOrderNotices notices, WorkOrderConfig config) {
        this.orders = orders;
        this.people = people;
        this.notices = notices;
        this.config = config;
    }

    /** An order issued; {@code departmentName} for the leader's confirmation. */
    public record Issued(String number, String departmentName, OffsetDateTime dueAt, int contacts) {
    }

    /** Only the report grid's leader may order; the report must be open and the department known with contacts. */
    @WithTransaction
    public Uni<Issued> issue(String leader, String number, String departmentCode, String note) {
        String code = departmentCode.toUpperCase(Locale.ROOT);
        if (note == null || note.isBlank()) {
            return Uni.createFrom().failure(new IllegalTransition(IllegalTransition.REASON_REQUIRED,
                    "发令须写明要求，如：发令 " + number + " " + code + " 请于今日清理占道堆物"));
        }
        return orders.locked(number).chain(r -> orders.roleOf(leader, r).chain(role -> {
            if (role != ActorRole.LEADER) {
                throw new IllegalTransition(IllegalTransition.FORBIDDEN, "只有本网格的网格长可以发令");
            }
            if (!r.status.isOpen()) {
                throw new IllegalTransition(IllegalTransition.NOT_ALLOWED_NOW, "该工单" + r.status.label() + "，不能发令");
            }
            return people.departmentName(code).chain(name -> {
                if (name.isEmpty()) {
                    throw new IllegalTransition("unknown-department", "没有代码为 " + code + " 的部门");
                }
                return DepartmentOrder.count("reportId = ?1 and departmentCode = ?2 and acknowledgedAt is null",
                        r.id, code).chain(open -> {
                    if (open > 0) {
                        throw new IllegalTransition("order-open", "已向" + name.get() + "发令，正在等待签收");
                    }
                    return place(r, leader, code, name.get(), note.strip());
                });
            });
        }));
    }

    private Uni<Issued> place(Report r, String leader, String code, String name, String note) {
        OffsetDateTime now = orders.now();
        DepartmentOrder order = new DepartmentOrder();
        order.reportId = r.id;
        order.departmentCode = code;
        order.issuedBy = leader;
        order.note = note;
        order.issuedAt = now;
        order.dueAt = now.plus(config.orderAcknowledgeWindow());
        r.updatedAt = now;
        return order.persist()
                .chain(() -> ReportEvent.of(r, now, leader, ORDERED, name + "：" + note).persist())
                .chain(() -> people.nameOf(leader))
                .chain(leaderName -> people.departmentContacts(code).chain(contacts -> notices.departmentOrder(r,
                                contacts, leaderName, note, order.dueAt)
                        .replaceWith(new Issued(r.number, name, order.dueAt, contacts.size()))));
    }

    /** The numbers of reports with an order waiting for one of the person's departments, ending in {@code suffix}. */
    @WithTransaction
    public Uni<List<String>> waitingFor(String contact, String suffix) {
        return people.waitingOrders(contact, suffix == null ? "%" : "%" + suffix);
    }

    /**
     * A department contact's 签收: acknowledges the waiting order of one of their departments on the report; empty
     * when they are no contact of a department with an order waiting there (the command means something else then).
     */
    @WithTransaction
    public Uni<Optional<String>> acknowledge(String contact, String number) {
        return people.waitingOrders(contact, number).chain(waiting -> waiting.isEmpty()
                ? Uni.createFrom().item(Optional.<String>empty())
                : people.departmentsOf(contact).chain(codes -> orders.locked(number)
                        .chain(r -> DepartmentOrder.<DepartmentOrder>find("reportId = ?1 and departmentCode in ?2 "
                                        + "and acknowledgedAt is null order by issuedAt", r.id, codes)
                                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                                .chain(order -> order == null ? Uni.createFrom().item(Optional.<String>empty())
                                        : acknowledged(r, order, contact)))));
    }

    private Uni<Optional<String>> acknowledged(Report r, DepartmentOrder order, String contact) {
        OffsetDateTime now = orders.now();
        order.acknowledgedAt = now;
        order.acknowledgedBy = contact;
        return people.departmentName(order.departmentCode).chain(name -> ReportEvent.of(r, now, contact,
                        ORDER_ACKNOWLEDGED, name.orElse(order.departmentCode) + "签收").persist()
                .replaceWith(Optional.of(name.orElse(order.departmentCode))));
    }
}
