package org.jinguo.childcare.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jinguo.platform.persistence.BaseEntity;

/**
 * The intake assessment of a case (入户评估): the family's situation, the household's income and where it comes from,
 * living conditions, health and school, the psychological tests she took, and the risk level it finds. One per case;
 * a review may update it.
 */
@Entity
@Table(name = "child_assessment")
public class IntakeAssessment extends BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "child_assessment_ids")
    @TableGenerator(name = "child_assessment_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "child_assessment", allocationSize = 10)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "assessed_by", nullable = false, length = 50)
    private String assessedBy;

    @Column(name = "family_situation", nullable = false, length = 1000)
    private String familySituation;

    @Column(name = "household_income", precision = 10, scale = 2)
    private BigDecimal householdIncome;

    @Column(name = "income_sources", length = 300)
    private String incomeSources;

    @Column(name = "living_conditions", length = 500)
    private String livingConditions;

    @Column(name = "health", length = 500)
    private String health;

    @Column(name = "schooling", length = 500)
    private String schooling;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk", nullable = false, length = 10)
    private RiskLevel risk;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "child_psych_test", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<PsychTest> tests = new ArrayList<>();

    protected IntakeAssessment() {
    }

    public IntakeAssessment(long caseId) {
        this.caseId = caseId;
    }

    @Override
    public Long getId() {
        return id;
    }

    public List<PsychTest> getTests() {
        return Collections.unmodifiableList(tests);
    }

    public void setTests(List<PsychTest> newTests) {
        tests.clear();
        tests.addAll(newTests);
    }

    public long getCaseId() {
        return caseId;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public void setAssessedBy(String assessedBy) {
        this.assessedBy = assessedBy;
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
}
