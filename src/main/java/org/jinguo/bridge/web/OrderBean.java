package org.jinguo.bridge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.bridge.model.OrderMove;
import org.jinguo.bridge.model.OrderStatus;
import org.jinguo.bridge.service.OrderService;
import org.jinguo.bridge.service.OrderService.OrderView;
import org.jinguo.bridge.service.ProviderMatching;
import org.jinguo.bridge.service.ProviderMatching.Suggestion;
import org.jinguo.platform.web.UiActions;

/**
 * One order (订单详情): what was asked, where it stands, the moves the user may make now (each reason asked for in a
 * dialog), the ranked providers to dispatch it to while it waits for one, and its timeline.
 */
@Named
@ViewScoped
public class OrderBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderService orders;
    @Inject
    ProviderMatching matching;

    private String id;
    private OrderView order;
    private List<Suggestion> suggestions;
    private OrderMove pending;
    private String reason;
    private int stars;
    private String comment;

    public void load() throws IOException {
        UiActions.load(this::reload);
    }

    private void reload() {
        order = orders.view(Long.parseLong(id));
        suggestions = order.editable() && order.row().status() == OrderStatus.ACCEPTED
                ? matching.rank(order.row().id(), 10) : List.of();
    }

    /** A move without a reason (accept, publish, recall): made at once. */
    public void act(String move) {
        OrderMove chosen = OrderMove.valueOf(move);
        if (chosen.reasonRequired()) {
            return;
        }
        UiActions.attempt("orderForm", () -> {
            orders.move(order.row().id(), chosen, null, order.version());
            UiActions.info("order.moved." + chosen, order.row().orderNo());
        });
        reload();
    }

    /** Opens the reason dialog for a move that needs one (reject, transfer, cancel). */
    public void ask(String move) {
        pending = OrderMove.valueOf(move);
        reason = null;
    }

    /** Makes the move the reason was asked for; a transfer leaves the unit's reach, so the list is shown after it. */
    public String confirm() {
        if (pending == null) {
            UiActions.nothingChosen();
            return null;
        }
        OrderMove move = pending;
        Boolean done = UiActions.attempt("reasonForm", () -> {
            if (move == OrderMove.TRANSFER) {
                orders.transfer(order.row().id(), reason, order.version());
            } else {
                orders.move(order.row().id(), move, reason, order.version());
            }
            UiActions.info("order.moved." + move, order.row().orderNo());
            return Boolean.TRUE;
        });
        if (done == null) {
            return null;
        }
        pending = null;
        if (move == OrderMove.TRANSFER) {
            return "/bridge/orders?faces-redirect=true";
        }
        reload();
        return null;
    }

    public void dispatch(long providerId) {
        UiActions.attempt("dispatchForm", () -> {
            orders.dispatch(order.row().id(), providerId, order.version());
            UiActions.info("order.moved.DISPATCH", order.row().orderNo());
        });
        reload();
    }

    public void rate() {
        Boolean done = UiActions.attempt("rateForm", () -> {
            orders.rate(order.row().id(), stars, comment, order.version());
            UiActions.info("order.moved.RATE", order.row().orderNo());
            return Boolean.TRUE;
        });
        if (done != null) {
            reload();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public OrderView getOrder() {
        return order;
    }

    public List<Suggestion> getSuggestions() {
        return suggestions;
    }

    public OrderMove getPending() {
        return pending;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getStars() {
        return stars;
    }

    public void setStars(int stars) {
        this.stars = stars;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
