package org.jinguo.incubation.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A criterion of the admission assessment as the administrator edits it. */
public class CriterionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 100, message = "{jinguo.size.max}")
    private String nameZh;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 100, message = "{jinguo.size.max}")
    private String nameEn;
    @Min(value = 1, message = "{jinguo.count.min}")
    @Max(value = 100, message = "{jinguo.count.max}")
    private int weight = 10;
    @Min(value = 0, message = "{jinguo.count.negative}")
    @Max(value = 999, message = "{jinguo.count.max}")
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

    public int getWeight() {
        return weight;
    }

    public void setWeight(int weight) {
        this.weight = weight;
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
