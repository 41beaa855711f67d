package org.jinguo.bridge.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.jinguo.bridge.model.BridgeOrder;
import org.jinguo.bridge.model.OrderMove;
import org.jinguo.platform.errors.BusinessRuleException;

/** A rating of an order, however it is given (by the requester herself, or by staff for her): once, after completion. */
final class Ratings {

    private Ratings() {
    }

    static void rate(EntityManager em, BridgeOrder order, int stars, String comment, String actor) {
        if (stars < 1 || stars > 5) {
            throw new BusinessRuleException("bridge.rate.stars", "stars");
        }
        if (order.getRating() != null) {
            throw new BusinessRuleException("bridge.rate.once", "stars");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        em.persist(order.move(OrderMove.RATE, null, actor, Instant.now()));
        order.rate(stars, text);
        if (order.getProvider() != null) {
            order.getProvider().rated(stars);
        }
        em.flush();
    }
}
