package org.jinguo.incubation.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jinguo.incubation.model.SupportKind;

/** Something the base gave an organisation, as it is logged. */
public class SupportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{jinguo.required}")
    private Long orgId;
    @NotNull(message = "{jinguo.required}")
    private SupportKind kind;
    @NotNull(message = "{jinguo.required}")
    @PastOrPresent(message = "{jinguo.date.notFuture}")
    private LocalDate givenOn;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 500, message = "{jinguo.size.max}")
    private String description;
    @DecimalMin(value = "0", message = "{jinguo.count.negative}")
    @Digits(integer = 10, fraction = 2, message = "{jinguo.money.digits}")
    private BigDecimal amount;

    public Long getOrgId() {
        return orgId;
    }

    public void setOrgId(Long orgId) {
        this.orgId = orgId;
    }

    public SupportKind getKind() {
        return kind;
    }

    public void setKind(SupportKind kind) {
        this.kind = kind;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
