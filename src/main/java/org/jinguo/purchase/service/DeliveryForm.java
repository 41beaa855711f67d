package org.jinguo.purchase.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A delivery as it is recorded; an empty amount is charged at the contract's unit price. */
public class DeliveryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{jinguo.required}")
    private Long contractId;
    @NotNull(message = "{jinguo.required}")
    @PastOrPresent(message = "{jinguo.date.notFuture}")
    private LocalDate deliveredOn;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 200, message = "{jinguo.size.max}")
    private String place;
    private Long communityId;
    @Min(value = 1, message = "{jinguo.count.min}")
    @Max(value = 100000, message = "{jinguo.count.max}")
    private int quantity = 1;
    @Min(value = 0, message = "{jinguo.count.negative}")
    @Max(value = 100000, message = "{jinguo.count.max}")
    private int participants;
    @DecimalMin(value = "0", message = "{jinguo.count.negative}")
    @Digits(integer = 10, fraction = 2, message = "{jinguo.money.digits}")
    private BigDecimal amount;
    @Size(max = 1000, message = "{jinguo.size.max}")
    private String notes;

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public void setDeliveredOn(LocalDate deliveredOn) {
        this.deliveredOn = deliveredOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public int getParticipants() {
        return participants;
    }

    public void setParticipants(int participants) {
        this.participants = participants;
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
