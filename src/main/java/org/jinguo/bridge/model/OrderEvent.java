package org.jinguo.bridge.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import org.jinguo.platform.audit.AuditIgnored;
import org.jinguo.platform.persistence.BaseEntity;
import org.jinguo.unit.model.OrgUnit;

/**
 * One line of an order's timeline: the move, the states before and after, who made it, when and why, and the
 * provider or unit it went to. Written once, never changed; it is itself the record of the change, so it is not
 * audited again (the order's own change is).
 */
@Entity
@Table(name = "bridge_order_event")
@AuditIgnored
public class OrderEvent extends BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bridge_order_event_ids")
    @TableGenerator(name = "bridge_order_event_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "bridge_order_event", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private BridgeOrder order;

    @Enumerated(EnumType.STRING)
    @Column(name = "move", length = 16, updatable = false)
    private OrderMove move;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16, updatable = false)
    private OrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16, updatable = false)
    private OrderStatus toStatus;

    @Column(name = "actor", nullable = false, length = 50, updatable = false)
    private String actor;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    @Column(name = "reason", length = 500, updatable = false)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id", updatable = false)
    private Provider provider;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", updatable = false)
    private OrgUnit unit;

    protected OrderEvent() {
    }

    OrderEvent(BridgeOrder order, OrderMove move, OrderStatus fromStatus, OrderStatus toStatus, String actor,
               Instant happenedAt, String reason) {
        this.order = order;
        this.move = move;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.happenedAt = happenedAt;
        this.reason = reason;
    }

    /** The first line: the need came in. */
    public static OrderEvent submitted(BridgeOrder order, String actor) {
        return new OrderEvent(order, null, null, OrderStatus.SUBMITTED, actor, order.getSubmittedAt(), null);
    }

    /** Names where the move sent it: the provider dispatched to or claiming it, or the unit it was transferred to. */
    public OrderEvent to(Provider provider, OrgUnit unit) {
        this.provider = provider;
        this.unit = unit;
        return this;
    }

    @Override
    public Long getId() {
        return id;
    }

    public BridgeOrder getOrder() {
        return order;
    }

    public OrderMove getMove() {
        return move;
    }

    public OrderStatus getFromStatus() {
        return fromStatus;
    }

    public OrderStatus getToStatus() {
        return toStatus;
    }

    public String getActor() {
        return actor;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getReason() {
        return reason;
    }

    public Provider getProvider() {
        return provider;
    }

    public OrgUnit getUnit() {
        return unit;
    }
}
