package org.jinguo.bridge.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.bridge.model.PaidBy;
import org.jinguo.bridge.model.ProviderKind;
import org.jinguo.vocabulary.ServiceLine;

/** A service menu item as the district enters it. */
public class ItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    @NotNull(message = "{jinguo.required}")
    private ServiceLine line;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 60, message = "{jinguo.size.max}")
    private String nameZh;
    @Size(max = 80, message = "{jinguo.size.max}")
    private String nameEn;
    @Size(max = 500, message = "{jinguo.size.max}")
    private String description;
    @Min(value = 1, message = "{jinguo.count.min}")
    @Max(value = 10000, message = "{jinguo.count.max}")
    private Integer durationMinutes;
    @DecimalMin(value = "0", message = "{jinguo.count.negative}")
    @Digits(integer = 8, fraction = 2, message = "{jinguo.money.digits}")
    private BigDecimal price;
    @Size(max = 20, message = "{jinguo.size.max}")
    private String priceUnit;
    private PaidBy paidBy;
    @Size(min = 1, message = "{bridge.item.kindsRequired}")
    private List<ProviderKind> kinds = new ArrayList<>();
    private int sortOrder;
    private boolean active = true;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public ServiceLine getLine() {
        return line;
    }

    public void setLine(ServiceLine line) {
        this.line = line;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getPriceUnit() {
        return priceUnit;
    }

    public void setPriceUnit(String priceUnit) {
        this.priceUnit = priceUnit;
    }

    public PaidBy getPaidBy() {
        return paidBy;
    }

    public void setPaidBy(PaidBy paidBy) {
        this.paidBy = paidBy;
    }

    public List<ProviderKind> getKinds() {
        return kinds;
    }

    public void setKinds(List<ProviderKind> kinds) {
        this.kinds = kinds;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
