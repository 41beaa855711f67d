package org.jinguo.bridge.model;

import static org.jinguo.bridge.model.OrderStatus.ACCEPTED;
import static org.jinguo.bridge.model.OrderStatus.CANCELLED;
import static org.jinguo.bridge.model.OrderStatus.COMPLETED;
import static org.jinguo.bridge.model.OrderStatus.DISPATCHED;
import static org.jinguo.bridge.model.OrderStatus.IN_SERVICE;
import static org.jinguo.bridge.model.OrderStatus.PUBLISHED;
import static org.jinguo.bridge.model.OrderStatus.REJECTED;
import static org.jinguo.bridge.model.OrderStatus.SUBMITTED;
import static org.jinguo.bridge.model.OrderStatus.TAKEN;
import static org.jinguo.bridge.model.OrderStatus.TO_RATE;

import java.util.EnumSet;
import java.util.Set;
import org.jinguo.platform.errors.BusinessRuleException;

/**
 * The order lifecycle of the Jinguo Bridge, written once for all six lines (点单 → 审单 → 派单 → 接单 → 评单): each
 * move names the states it may start from, the state it leads to, who makes it and whether it needs a reason.
 * Any other move from a state is refused and changes nothing ({@link #apply}).
 */
public enum OrderMove {
    /** 受理 */
    ACCEPT(EnumSet.of(SUBMITTED), ACCEPTED, OrderActor.STAFF, false),
    /** 不予受理: the requester is told why. */
    REJECT(EnumSet.of(SUBMITTED), REJECTED, OrderActor.STAFF, true),
    /** The unit cannot serve it: it goes to the parent unit, waiting there to be taken on. */
    TRANSFER(EnumSet.of(SUBMITTED, ACCEPTED), SUBMITTED, OrderActor.STAFF, true),
    /** 派单 to one provider, chosen among the ranked suggestions. */
    DISPATCH(EnumSet.of(ACCEPTED), DISPATCHED, OrderActor.STAFF, false),
    /** Offered to every provider of the item in the area (抢单). */
    PUBLISH(EnumSet.of(ACCEPTED), PUBLISHED, OrderActor.STAFF, false),
    /** Taken back from the providers, to dispatch it after all. */
    RECALL(EnumSet.of(PUBLISHED), ACCEPTED, OrderActor.STAFF, false),
    /** 抢单: the first provider to claim a published order gets it. */
    CLAIM(EnumSet.of(PUBLISHED), TAKEN, OrderActor.PROVIDER, false),
    /** 接单 */
    TAKE(EnumSet.of(DISPATCHED), TAKEN, OrderActor.PROVIDER, false),
    /** The provider cannot: back to be dispatched again (the history keeps both). */
    DECLINE(EnumSet.of(DISPATCHED), ACCEPTED, OrderActor.PROVIDER, true),
    /** 开始服务 */
    START(EnumSet.of(TAKEN), IN_SERVICE, OrderActor.PROVIDER, false),
    /** 服务完成: date, hours and notes reported; it waits for her rating. */
    REPORT_DONE(EnumSet.of(TAKEN, IN_SERVICE), TO_RATE, OrderActor.PROVIDER, false),
    /** 评价: one to five stars and a comment, once. */
    RATE(EnumSet.of(TO_RATE), COMPLETED, OrderActor.REQUESTER, false),
    /** Left unrated for the configured days: closed without a rating. */
    CLOSE_UNRATED(EnumSet.of(TO_RATE), COMPLETED, OrderActor.SYSTEM, false),
    /** 取消, at any point before the service is reported done. */
    CANCEL(EnumSet.of(SUBMITTED, ACCEPTED, PUBLISHED, DISPATCHED, TAKEN, IN_SERVICE), CANCELLED, OrderActor.STAFF, true);

    private final Set<OrderStatus> from;
    private final OrderStatus to;
    private final OrderActor actor;
    private final boolean reasonRequired;

    OrderMove(Set<OrderStatus> from, OrderStatus to, OrderActor actor, boolean reasonRequired) {
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.reasonRequired = reasonRequired;
    }

    /** The moves that may start from {@code status}: none from a final one. */
    public static Set<OrderMove> from(OrderStatus status) {
        Set<OrderMove> moves = EnumSet.noneOf(OrderMove.class);
        for (OrderMove move : values()) {
            if (move.from.contains(status)) {
                moves.add(move);
            }
        }
        return moves;
    }

    public boolean allowedFrom(OrderStatus status) {
        return from.contains(status);
    }

    /**
     * The state this move leads to from {@code current}, with its reason checked; refused with a message
     * ({@code order.move.notAllowed}, {@code order.reason.required}) when it is not allowed there, changing nothing.
     */
    public OrderStatus apply(OrderStatus current, String reason) {
        if (!allowedFrom(current)) {
            throw new BusinessRuleException("order.move.notAllowed", null);
        }
        if (reasonRequired && (reason == null || reason.isBlank())) {
            throw new BusinessRuleException("order.reason.required", "reason");
        }
        return to;
    }

    public OrderStatus to() {
        return to;
    }

    public OrderActor actor() {
        return actor;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }
}
