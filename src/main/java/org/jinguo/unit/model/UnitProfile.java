package org.jinguo.unit.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a unit covers, as its federation reports it: women, enterprises (and sole traders), women
 * employees and member bodies, and the same in words (the health-sector federation's hospitals). A
 * figure left empty is not reported. The unit keeps it, and the unit form edits a copy.
 */
@Embeddable
public class UnitProfile implements Serializable {

    /** The largest figure a unit may report (the whole of Chongqing has some 32 million people). */
    public static final long MAX_COUNT = 99_999_999;

    @PositiveOrZero(message = "{jinguo.count.negative}")
    @Max(value = MAX_COUNT, message = "{jinguo.count.max}")
    @Column(name = "women_count")
    private Integer womenCount;

    @PositiveOrZero(message = "{jinguo.count.negative}")
    @Max(value = MAX_COUNT, message = "{jinguo.count.max}")
    @Column(name = "enterprise_count")
    private Integer enterpriseCount;

    @PositiveOrZero(message = "{jinguo.count.negative}")
    @Max(value = MAX_COUNT, message = "{jinguo.count.max}")
    @Column(name = "women_employee_count")
    private Integer womenEmployeeCount;

    @PositiveOrZero(message = "{jinguo.count.negative}")
    @Max(value = MAX_COUNT, message = "{jinguo.count.max}")
    @Column(name = "member_body_count")
    private Integer memberBodyCount;

    @Size(max = 500, message = "{jinguo.size.max}")
    @Column(name = "covers", length = 500)
    private String covers;

    public UnitProfile() {
    }

    public UnitProfile copy() {
        UnitProfile copy = new UnitProfile();
        copy.womenCount = womenCount;
        copy.enterpriseCount = enterpriseCount;
        copy.womenEmployeeCount = womenEmployeeCount;
        copy.memberBodyCount = memberBodyCount;
        copy.covers = covers;
        return copy;
    }

    public Integer getWomenCount() {
        return womenCount;
    }

    public void setWomenCount(Integer womenCount) {
        this.womenCount = womenCount;
    }

    public Integer getEnterpriseCount() {
        return enterpriseCount;
    }

    public void setEnterpriseCount(Integer enterpriseCount) {
        this.enterpriseCount = enterpriseCount;
    }

    public Integer getWomenEmployeeCount() {
        return womenEmployeeCount;
    }

    public void setWomenEmployeeCount(Integer womenEmployeeCount) {
        this.womenEmployeeCount = womenEmployeeCount;
    }

    public Integer getMemberBodyCount() {
        return memberBodyCount;
    }

    public void setMemberBodyCount(Integer memberBodyCount) {
        this.memberBodyCount = memberBodyCount;
    }

    /** In words, what the unit covers, e.g. "1 military hospital, 4 municipal hospitals, ...". */
    public String getCovers() {
        return covers;
    }

    public void setCovers(String covers) {
        this.covers = covers == null || covers.isBlank() ? null : covers.trim();
    }
}
