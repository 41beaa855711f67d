package org.jinguo.bridge.model;

/**
 * Where an order of the Jinguo Bridge (巾帼桥) stands. Every line runs through the same states; the moves between
 * them are {@link OrderMove}, the only place that says which are allowed.
 */
public enum OrderStatus {
    /** 待受理: a need has come in and waits for its unit to take it on (or pass it up to the parent unit). */
    SUBMITTED,
    /** 已受理: taken on, to be dispatched. */
    ACCEPTED,
    /** 不予受理: refused, with a reason the requester is told. Final. */
    REJECTED,
    /** 已发布: offered to the providers of that item in that area; the first to claim it gets it (抢单). */
    PUBLISHED,
    /** 已派单: given to one provider, who accepts or declines it. */
    DISPATCHED,
    /** 已接单: the provider has taken it. */
    TAKEN,
    /** 服务中: the service is under way. */
    IN_SERVICE,
    /** 待评价: the provider reported it done; the requester rates it (or it closes itself after some days). */
    TO_RATE,
    /** 已完成. Final. */
    COMPLETED,
    /** 已取消, with a reason. Final. */
    CANCELLED;

    /** No move leaves this state. */
    public boolean isFinal() {
        return OrderMove.from(this).isEmpty();
    }
}
