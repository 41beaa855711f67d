package org.jinguo.childcare.service;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.jinguo.childcare.model.CaseStatus;
import org.jinguo.childcare.model.ChildCategory;
import org.jinguo.childcare.model.RiskLevel;

/**
 * What the case list is narrowed to: words of a pseudonym or case number, a child's full real name (matched exactly,
 * by its keyed hash, and only among the cases whose identity the searcher may see), category, risk, state, unit, and
 * whether only cases with a task due are shown.
 */
public class CaseFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 50, message = "{jinguo.size.max}")
    private String text;
    @Size(max = 50, message = "{jinguo.size.max}")
    private String realName;
    private ChildCategory category;
    private RiskLevel risk;
    private CaseStatus status;
    private Long unitId;
    private boolean dueOnly;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRealName() {
        return realName;
    }

    public void setRealName(String realName) {
        this.realName = realName;
    }

    public ChildCategory getCategory() {
        return category;
    }

    public void setCategory(ChildCategory category) {
        this.category = category;
    }

    public RiskLevel getRisk() {
        return risk;
    }

    public void setRisk(RiskLevel risk) {
        this.risk = risk;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public boolean isDueOnly() {
        return dueOnly;
    }

    public void setDueOnly(boolean dueOnly) {
        this.dueOnly = dueOnly;
    }
}
