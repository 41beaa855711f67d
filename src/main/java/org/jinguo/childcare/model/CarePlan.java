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
import java.time.Instant;
import java.time.LocalDate;
import org.jinguo.platform.persistence.BaseEntity;

/**
 * An intervention plan of a case (帮扶计划): its goals, the services, who delivers them, how often and when it is
 * reviewed. It is submitted, then approved by the supervisor (it is in force from then until a later plan replaces
 * it) or returned with her comments. Plans are numbered per case; none is deleted.
 */
@Entity
@Table(name = "child_plan")
public class CarePlan extends BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "child_plan_ids")
    @TableGenerator(name = "child_plan_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "child_plan", allocationSize = 10)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Column(name = "goals", nullable = false, length = 1000)
    private String goals;

    @Column(name = "services", nullable = false, length = 1000)
    private String services;

    @Enumerated(EnumType.STRING)
    @Column(name = "deliverer", nullable = false, length = 16)
    private Deliverer deliverer;

    @Column(name = "deliverer_name", length = 100)
    private String delivererName;

    @Column(name = "frequency", nullable = false, length = 100)
    private String frequency;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private PlanStatus status = PlanStatus.SUBMITTED;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, length = 50)
    private String submittedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 50)
    private String decidedBy;

    @Column(name = "comments", length = 500)
    private String comments;

    protected CarePlan() {
    }

    public CarePlan(long caseId, int seq, String submittedBy) {
        this.caseId = caseId;
        this.seq = seq;
        this.submittedBy = submittedBy;
        this.submittedAt = Instant.now();
    }

    /** The supervisor's decision: approved (in force) or returned with her comments. */
    public void decide(boolean approved, String by, String comments) {
        this.status = approved ? PlanStatus.APPROVED : PlanStatus.RETURNED;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
        this.comments = comments;
    }

    /** Sets when it was submitted and decided, for plans written after the fact (the demo's history). */
    public void happened(Instant submitted, Instant decided) {
        this.submittedAt = submitted;
        if (decidedAt != null) {
            this.decidedAt = decided;
        }
    }

    /** A later plan was approved. */
    public void supersede() {
        this.status = PlanStatus.SUPERSEDED;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public int getSeq() {
        return seq;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getServices() {
        return services;
    }

    public void setServices(String services) {
        this.services = services;
    }

    public Deliverer getDeliverer() {
        return deliverer;
    }

    public void setDeliverer(Deliverer deliverer) {
        this.deliverer = deliverer;
    }

    public String getDelivererName() {
        return delivererName;
    }

    public void setDelivererName(String delivererName) {
        this.delivererName = delivererName;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getComments() {
        return comments;
    }
}
