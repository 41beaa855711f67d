package org.jinguo.bridge.service;

import jakarta.ejb.Schedule;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.bridge.model.BridgeOrder;
import org.jinguo.bridge.model.OrderStatus;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.notify.NotificationKinds;
import org.jinguo.platform.notify.Notify;
import org.jinguo.platform.notify.Recipients;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;

/**
 * What the Bridge tells people: a provider's desk that an order was dispatched to it; the order's unit that its
 * provider took it; and, every hour, the unit's staff of each order past its day to be accepted or dispatched (once per
 * order and state, however often or on however many servers the reminder runs). Texts carry the order number and the
 * service, never the requester.
 */
@Stateless
@LocalBean
@Local(NotificationKinds.class)
@SystemScoped
public class OrderNotices implements NotificationKinds {

    static final String DISPATCHED = "orderDispatched";
    static final String TAKEN = "orderTaken";
    static final String OVERDUE = "orderOverdue";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Notify> notify;

    @Override
    public List<String> kindsFor(Caller caller) {
        List<String> kinds = new java.util.ArrayList<>();
        if (caller.can(Permission.PROVIDER_DESK)) {
            kinds.add(DISPATCHED);
        }
        if (caller.can(Permission.RECORD_EDIT)) {
            kinds.addAll(List.of(TAKEN, OVERDUE));
        }
        return kinds;
    }

    public void dispatched(BridgeOrder order) {
        notify.fire(Notify.of(Recipients.provider(order.getProvider().getId()), DISPATCHED, "/portal/orders.xhtml",
                order.getOrderNo(), order.getItem().getNameZh()));
    }

    public void taken(BridgeOrder order) {
        notify.fire(Notify.of(Recipients.staffOf(order.getUnit().getId(), Permission.RECORD_EDIT), TAKEN,
                "/bridge/order.xhtml?id=" + order.getId(), order.getOrderNo(), order.getProvider().getName()));
    }

    @Schedule(hour = "*", minute = "17", persistent = false, info = "Bridge: remind of overdue orders")
    void hourly() {
        remindOverdue(Beijing.today());
    }

    /** Reminds the staff of every order overdue on {@code today}; returns how many orders. */
    public int remindOverdue(LocalDate today) {
        List<BridgeOrder> overdue = em.createQuery("SELECT o FROM BridgeOrder o JOIN FETCH o.unit WHERE (o.status = :submitted"
                        + " AND o.acceptDue < :today) OR (o.status IN :toDispatch AND o.dispatchDue < :today)", BridgeOrder.class)
                .setParameter("submitted", OrderStatus.SUBMITTED).setParameter("today", today)
                .setParameter("toDispatch", List.of(OrderStatus.ACCEPTED, OrderStatus.PUBLISHED)).setMaxResults(1000).getResultList();
        for (BridgeOrder order : overdue) {
            notify.fire(Notify.of(Recipients.staffOf(order.getUnit().getId(), Permission.RECORD_EDIT), OVERDUE,
                            "/bridge/order.xhtml?id=" + order.getId(), order.getOrderNo(), order.getItem().getNameZh())
                    .once("order-overdue:" + order.getId() + ":" + order.getStatus()));
        }
        return overdue.size();
    }
}
