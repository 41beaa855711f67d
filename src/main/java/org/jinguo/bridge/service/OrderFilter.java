package org.jinguo.bridge.service;

import java.io.Serializable;
import java.time.LocalDate;
import org.jinguo.bridge.model.OrderStatus;
import org.jinguo.vocabulary.ServiceLine;

/** What the order list is filtered by; empty fields filter nothing. */
public class OrderFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Order number, the requester's name or words of the description. */
    private String text;
    private ServiceLine line;
    private Long itemId;
    private OrderStatus status;
    /** Only those waiting past their service level. */
    private boolean overdue;
    /** Only those still open (neither completed, rejected nor cancelled). */
    private boolean open;
    private Long unitId;
    private Long providerId;
    private LocalDate from;
    private LocalDate to;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ServiceLine getLine() {
        return line;
    }

    public void setLine(ServiceLine line) {
        this.line = line;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
