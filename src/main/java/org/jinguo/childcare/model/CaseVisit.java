package org.jinguo.childcare.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jinguo.platform.scope.UnitOwned;

/** A visit to the child of a case: when, who went, what was given (goods, money), what was found. Belongs to the case's unit. */
@Entity
@Table(name = "child_visit")
public class CaseVisit extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "child_visit_ids")
    @TableGenerator(name = "child_visit_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "child_visit", allocationSize = 20)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private VisitKind kind;

    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;

    @Column(name = "visitors", nullable = false, length = 200)
    private String visitors;

    @Column(name = "gifts", length = 300)
    private String gifts;

    @Column(name = "amount", precision = 10, scale = 2)
    private BigDecimal amount;

    @Column(name = "notes", length = 1000)
    private String notes;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    protected CaseVisit() {
    }

    public CaseVisit(long caseId, VisitKind kind, LocalDate visitedOn, String visitors, String recordedBy) {
        this.caseId = caseId;
        this.kind = kind;
        this.visitedOn = visitedOn;
        this.visitors = visitors;
        this.recordedBy = recordedBy;
    }

    /** What was given and found: goods, money, notes. */
    public void details(String gifts, BigDecimal amount, String notes) {
        this.gifts = gifts;
        this.amount = amount;
        this.notes = notes;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public VisitKind getKind() {
        return kind;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public String getVisitors() {
        return visitors;
    }

    public String getGifts() {
        return gifts;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
