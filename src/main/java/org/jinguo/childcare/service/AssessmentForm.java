package org.jinguo.childcare.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.childcare.model.RiskLevel;

/** The intake assessment (入户评估) as the caseworker records it; test rows without an instrument are left out. */
public class AssessmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long caseId;
    private long version;
    @NotNull(message = "{jinguo.required}")
    @PastOrPresent(message = "{jinguo.date.notFuture}")
    private LocalDate assessedOn;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 1000, message = "{jinguo.size.max}")
    private String familySituation;
    @DecimalMin(value = "0", message = "{jinguo.count.negative}")
    @Digits(integer = 8, fraction = 2, message = "{jinguo.money.digits}")
    private BigDecimal householdIncome;
    @Size(max = 300, message = "{jinguo.size.max}")
    private String incomeSources;
    @Size(max = 500, message = "{jinguo.size.max}")
    private String livingConditions;
    @Size(max = 500, message = "{jinguo.size.max}")
    private String health;
    @Size(max = 500, message = "{jinguo.size.max}")
    private String schooling;
    @NotNull(message = "{jinguo.required}")
    private RiskLevel risk;
    @Valid
    @Size(max = 6, message = "{jinguo.size.max}")
    private List<TestForm> tests = new ArrayList<>(List.of(new TestForm(), new TestForm()));

    public long getCaseId() {
        return caseId;
    }

    public void setCaseId(long caseId) {
        this.caseId = caseId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getFamilySituation() {
        return familySituation;
    }

    public void setFamilySituation(String familySituation) {
        this.familySituation = familySituation;
    }

    public BigDecimal getHouseholdIncome() {
        return householdIncome;
    }

    public void setHouseholdIncome(BigDecimal householdIncome) {
        this.householdIncome = householdIncome;
    }

    public String getIncomeSources() {
        return incomeSources;
    }

    public void setIncomeSources(String incomeSources) {
        this.incomeSources = incomeSources;
    }

    public String getLivingConditions() {
        return livingConditions;
    }

    public void setLivingConditions(String livingConditions) {
        this.livingConditions = livingConditions;
    }

    public String getHealth() {
        return health;
    }

    public void setHealth(String health) {
        this.health = health;
    }

    public String getSchooling() {
        return schooling;
    }

    public void setSchooling(String schooling) {
        this.schooling = schooling;
    }

    public RiskLevel getRisk() {
        return risk;
    }

    public void setRisk(RiskLevel risk) {
        this.risk = risk;
    }

    public List<TestForm> getTests() {
        return tests;
    }

    public void setTests(List<TestForm> tests) {
        this.tests = tests;
    }
}
