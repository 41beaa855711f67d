package org.jinguo.purchase.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jinguo.purchase.model.Programme;

/** A purchase-of-services contract as it is entered. */
public class ContractForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{jinguo.required}")
    private Long unitId;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 100, message = "{jinguo.size.max}")
    private String title;
    @NotNull(message = "{jinguo.required}")
    private Long providerId;
    @NotNull(message = "{jinguo.required}")
    private Programme programme = Programme.GENERAL;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 500, message = "{jinguo.size.max}")
    private String deliverable;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 20, message = "{jinguo.size.max}")
    private String measure;
    @Min(value = 1, message = "{jinguo.count.min}")
    @Max(value = 100000, message = "{jinguo.count.max}")
    private int quantity = 1;
    @NotNull(message = "{jinguo.required}")
    @DecimalMin(value = "0", message = "{jinguo.count.negative}")
    @Digits(integer = 10, fraction = 2, message = "{jinguo.money.digits}")
    private BigDecimal budget;
    @NotNull(message = "{jinguo.required}")
    private LocalDate signedOn;
    @NotNull(message = "{jinguo.required}")
    private LocalDate startsOn;
    @NotNull(message = "{jinguo.required}")
    private LocalDate endsOn;

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public Programme getProgramme() {
        return programme;
    }

    public void setProgramme(Programme programme) {
        this.programme = programme;
    }

    public String getDeliverable() {
        return deliverable;
    }

    public void setDeliverable(String deliverable) {
        this.deliverable = deliverable;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
