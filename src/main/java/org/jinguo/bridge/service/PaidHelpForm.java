package org.jinguo.bridge.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A resident books a neighbour's paid help (预约有偿互助): who helps whom, with what, at the rate and hours agreed. */
public class PaidHelpForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{jinguo.required}")
    private Long helperId;
    @NotNull(message = "{jinguo.required}")
    private Long requesterId;
    @NotNull(message = "{jinguo.required}")
    private Long itemId;
    @NotNull(message = "{jinguo.required}")
    @DecimalMin(value = "0", message = "{jinguo.count.min}")
    @DecimalMax(value = "1000", message = "{jinguo.count.max}")
    private BigDecimal rate;
    @NotNull(message = "{jinguo.required}")
    @DecimalMin(value = "0.5", message = "{jinguo.count.min}")
    @DecimalMax(value = "24", message = "{jinguo.count.max}")
    private BigDecimal hours = BigDecimal.valueOf(2);
    private LocalDate preferredOn;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 1000, message = "{jinguo.size.max}")
    private String description;

    public Long getHelperId() {
        return helperId;
    }

    public void setHelperId(Long helperId) {
        this.helperId = helperId;
    }

    public Long getRequesterId() {
        return requesterId;
    }

    public void setRequesterId(Long requesterId) {
        this.requesterId = requesterId;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public LocalDate getPreferredOn() {
        return preferredOn;
    }

    public void setPreferredOn(LocalDate preferredOn) {
        this.preferredOn = preferredOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
