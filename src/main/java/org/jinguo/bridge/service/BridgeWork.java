package org.jinguo.bridge.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.bridge.model.BookingStatus;
import org.jinguo.bridge.model.OrderStatus;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.work.WorkItem;
import org.jinguo.platform.work.WorkItem.Urgency;
import org.jinguo.platform.work.WorkSource;

/**
 * The Bridge's to-dos on the home page: for staff, the orders past their day to be accepted or dispatched, the orders
 * waiting to be accepted and those accepted waiting to be dispatched (counted by the order list with the filter the
 * link opens); for a legal-rights officer, the consultations of sessions held to be recorded and the bookings of the
 * coming week; for a provider's desk, the orders dispatched to her organisation waiting for her answer.
 */
@Stateless
@ScopedToCaller
public class BridgeWork implements WorkSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderService orders;

    @Override
    public List<WorkItem> itemsFor(Caller caller) {
        List<WorkItem> items = new ArrayList<>();
        if (caller.can(Permission.RECORD_EDIT)) {
            OrderFilter overdue = new OrderFilter();
            overdue.setOverdue(true);
            WorkItem.of("ordersOverdue", orders.count(overdue), Urgency.OVERDUE, "/bridge/orders.xhtml?overdue=true")
                    .ifPresent(items::add);
            OrderFilter submitted = new OrderFilter();
            submitted.setStatus(OrderStatus.SUBMITTED);
            WorkItem.of("ordersToAccept", orders.count(submitted), Urgency.WAITING, "/bridge/orders.xhtml?status=SUBMITTED")
                    .ifPresent(items::add);
            OrderFilter accepted = new OrderFilter();
            accepted.setStatus(OrderStatus.ACCEPTED);
            WorkItem.of("ordersToDispatch", orders.count(accepted), Urgency.WAITING, "/bridge/orders.xhtml?status=ACCEPTED")
                    .ifPresent(items::add);
        }
        if (caller.can(Permission.LEGAL_RECORDS)) {
            // one query: the bookings of sessions held and not yet recorded, and those of the coming week
            LocalDate today = Beijing.today();
            Object[] legal = em.createQuery("SELECT SUM(CASE WHEN s.heldOn <= :today THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN s.heldOn > :today THEN 1 ELSE 0 END) FROM LegalBooking b JOIN b.session s"
                            + " WHERE b.status = :booked AND s.cancelled = false AND s.heldOn <= :week", Object[].class)
                    .setParameter("today", today).setParameter("week", today.plusDays(7))
                    .setParameter("booked", BookingStatus.BOOKED).getSingleResult();
            WorkItem.of("consultationsToRecord", number(legal[0]), Urgency.DUE, "/bridge/consultations.xhtml").ifPresent(items::add);
            WorkItem.of("legalBookingsComing", number(legal[1]), Urgency.WAITING, "/bridge/legal.xhtml").ifPresent(items::add);
        }
        if (caller.can(Permission.PROVIDER_DESK)) {
            WorkItem.of("ordersDispatchedToMe", em.createQuery("SELECT COUNT(o) FROM BridgeOrder o WHERE o.status = :dispatched"
                                    + " AND o.provider.id = (SELECT u.providerId FROM UserAccount u WHERE u.id = :user)", Long.class)
                            .setParameter("dispatched", OrderStatus.DISPATCHED).setParameter("user", caller.userId())
                            .getSingleResult(), Urgency.DUE, "/portal/orders.xhtml")
                    .ifPresent(items::add);
        }
        return items;
    }

    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }
}
