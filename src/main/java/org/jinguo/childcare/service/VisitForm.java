package org.jinguo.childcare.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jinguo.childcare.model.VisitKind;

/** A visit to the child as the caseworker records it: a caring visit (真情慰问), a home visit, a follow-up after closure. */
public class VisitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long caseId;
    @NotNull(message = "{jinguo.required}")
    private VisitKind kind = VisitKind.CARING;
    @NotNull(message = "{jinguo.required}")
    @PastOrPresent(message = "{jinguo.date.notFuture}")
    private LocalDate visitedOn;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 200, message = "{jinguo.size.max}")
    private String visitors;
    @Size(max = 300, message = "{jinguo.size.max}")
    private String gifts;
    @DecimalMin(value = "0", message = "{jinguo.count.negative}")
    @Digits(integer = 8, fraction = 2, message = "{jinguo.money.digits}")
    private BigDecimal amount;
    @Size(max = 1000, message = "{jinguo.size.max}")
    private String notes;

    public long getCaseId() {
        return caseId;
    }

    public void setCaseId(long caseId) {
        this.caseId = caseId;
    }

    public VisitKind getKind() {
        return kind;
    }

    public void setKind(VisitKind kind) {
        this.kind = kind;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getVisitors() {
        return visitors;
    }

    public void setVisitors(String visitors) {
        this.visitors = visitors;
    }

    public String getGifts() {
        return gifts;
    }

    public void setGifts(String gifts) {
        this.gifts = gifts;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
