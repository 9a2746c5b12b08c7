package org.gridline.report.workorder;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.gridline.auth.Caller;
import org.gridline.report.Report;
import org.gridline.report.ReportEvent;
import org.gridline.report.workorder.WorkOrderTexts.Templates;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.gridline.report.workorder.WorkOrderTexts.of;

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

    private final Orders orders;
    private final People people;
    private final WorkerNotices notices;
    private final WorkOrderConfig config;
    private final WorkOrderRepository queries;

    DepartmentOrders(Orders orders, People people, WorkerNotices notices, WorkOrderConfig config,
                     WorkOrderRepository queries) {
        this.queries = queries;
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
            return noteMissing(number, code);
        }
        return orders.locked(number).chain(r -> orders.roleOf(leader, r).chain(role -> {
            if (role != ActorRole.LEADER) {
                throw new IllegalTransition(IllegalTransition.FORBIDDEN, of(Templates.orderLeaderOnly()));
            }
            return issueTo(r, leader, code, note.strip());
        }));
    }

    /**
     * 发令 by a staff login (the console): street staff, or the leader login of the report's grid, order a department
     * on an open report; the same checks, timeline entry and notices as a leader's chat command.
     */
    @WithTransaction
    public Uni<Issued> issueAsStaff(Caller caller, String number, String departmentCode, String note) {
        String code = departmentCode == null ? "" : departmentCode.strip().toUpperCase(Locale.ROOT);
        if (note == null || note.isBlank()) {
            return noteMissing(number, code);
        }
        return orders.locked(number).chain(r -> {
            if (!caller.isStaffOf(r.gridCode)) {
                throw new IllegalTransition(IllegalTransition.FORBIDDEN, of(Templates.orderLeaderOnly()));
            }
            return issueTo(r, caller.username(), code, note.strip());
        });
    }

    /** The department orders of a report, oldest first. */
    @WithSession
    public Uni<List<DepartmentOrderView>> ofReport(String number) {
        return DepartmentOrder.<DepartmentOrder>list("reportId = (select r.id from Report r where r.number = ?1) "
                + "order by issuedAt, id", number).map(list -> list.stream().map(DepartmentOrderView::of).toList());
    }

    private static <T> Uni<T> noteMissing(String number, String code) {
        return Uni.createFrom().failure(new IllegalTransition(IllegalTransition.REASON_REQUIRED,
                of(Templates.orderNeedsNote(number, code))));
    }

    /** The report must be open and the department known with no order of it waiting. */
    private Uni<Issued> issueTo(Report r, String leader, String code, String note) {
        if (!r.status.isOpen()) {
            throw new IllegalTransition(IllegalTransition.NOT_ALLOWED_NOW, of(Templates.orderClosed(r.status.label())));
        }
        return people.departmentName(code).chain(name -> issueTo(r, leader, code, name, note));
    }

    private Uni<Issued> issueTo(Report r, String leader, String code, Optional<String> name, String note) {
        if (name.isEmpty()) {
            throw new IllegalTransition("unknown-department", of(Templates.unknownDepartment(code)));
        }
        return DepartmentOrder.count("reportId = ?1 and departmentCode = ?2 and acknowledgedAt is null", r.id, code)
                .chain(open -> {
                    if (open > 0) {
                        throw new IllegalTransition("order-open", of(Templates.orderOpen(name.get())));
                    }
                    return place(r, leader, code, name.get(), note);
                });
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
                .chain(() -> ReportEvent.of(r, now, leader, ORDERED, of(Templates.orderedNote(name, note))).persist())
                .chain(() -> people.nameOf(leader))
                .chain(leaderName -> people.departmentContacts(code).chain(contacts -> notices.departmentOrder(r,
                                contacts, leaderName, note, order.dueAt)
                        .replaceWith(new Issued(r.number, name, order.dueAt, contacts.size()))));
    }

    /** The numbers of reports with an order waiting for one of the person's departments, ending in {@code suffix}. */
    @WithTransaction
    public Uni<List<String>> waitingFor(String contact, String suffix) {
        return waitingOrders(contact, suffix == null ? "%" : "%" + suffix);
    }

    /** Numbers (LIKE {@code pattern}) of reports with an order waiting for a department the person is a contact of. */
    private Uni<List<String>> waitingOrders(String contact, String pattern) {
        return people.departmentsOf(contact).chain(codes -> codes.isEmpty() ? Uni.createFrom().item(List.<String>of())
                : queries.numbersWaitingFor(codes, pattern));
    }

    /**
     * A department contact's 签收: acknowledges the waiting order of one of their departments on the report; empty
     * when they are no contact of a department with an order waiting there (the command means something else then).
     */
    @WithTransaction
    public Uni<Optional<String>> acknowledge(String contact, String number) {
        return waitingOrders(contact, number).chain(waiting -> waiting.isEmpty()
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
                        ORDER_ACKNOWLEDGED, of(Templates.acknowledgedNote(name.orElse(order.departmentCode))))
                .persist().replaceWith(Optional.of(name.orElse(order.departmentCode))));
    }
}
