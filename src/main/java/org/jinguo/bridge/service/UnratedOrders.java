package org.jinguo.bridge.service;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.jinguo.bridge.model.BridgeOrder;
import org.jinguo.bridge.model.LineLevel;
import org.jinguo.bridge.model.OrderMove;
import org.jinguo.bridge.model.OrderStatus;
import org.jinguo.platform.audit.AuditActor;
import org.jinguo.platform.audit.AuditContext;
import org.jinguo.platform.scope.SystemScoped;

/**
 * Closes the orders left unrated: reported done more than the line's days ago, still waiting for a rating, they are
 * completed without one (超期未评价，自动完成), each with its line on the timeline. Runs every hour; each order is locked
 * and its state read again before the move, so a run on a second server, or one racing the requester's rating, closes
 * nothing twice and overrides no rating.
 */
@Stateless
@SystemScoped
public class UnratedOrders {

    public static final String ACTOR = "system";

    private static final Logger LOG = Logger.getLogger(UnratedOrders.class.getName());

    @PersistenceContext
    EntityManager em;

    @Schedule(hour = "*", minute = "23", persistent = false, info = "close unrated Bridge orders")
    void hourly() {
        int closed = closeAsOf(Instant.now());
        if (closed > 0) {
            LOG.info("Closed " + closed + " Bridge orders left unrated");
        }
    }

    /** Closes those reported done more than their line's days before {@code now}; returns how many. */
    public int closeAsOf(Instant now) {
        AuditContext.bind(new AuditActor(ACTOR, null, null));
        int closed = 0;
        for (LineLevel level : em.createQuery("SELECT l FROM LineLevel l", LineLevel.class).getResultList()) {
            Instant cutoff = now.minus(Duration.ofDays(level.getRateDays()));
            List<BridgeOrder> due = em.createQuery("SELECT o FROM BridgeOrder o WHERE o.status = :toRate AND o.line = :line "
                            + "AND EXISTS (SELECT e FROM OrderEvent e WHERE e.order = o AND e.move = :done AND e.happenedAt < :cutoff)",
                            BridgeOrder.class)
                    .setParameter("toRate", OrderStatus.TO_RATE).setParameter("line", level.getLine())
                    .setParameter("done", OrderMove.REPORT_DONE).setParameter("cutoff", cutoff)
                    .setMaxResults(500).getResultList();
            for (BridgeOrder order : due) {
                em.lock(order, LockModeType.PESSIMISTIC_WRITE);
                em.refresh(order);
                if (order.getStatus() == OrderStatus.TO_RATE) {
                    em.persist(order.move(OrderMove.CLOSE_UNRATED, null, ACTOR, Instant.now()));
                    closed++;
                }
            }
        }
        em.flush();
        return closed;
    }
}
