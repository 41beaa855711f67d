package org.jinguo.incubation.model;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.jinguo.platform.scope.UnitOwned;

/**
 * An admission assessment (入住评估): a score per criterion, the weighted total out of 100, and the
 * assessor's decision.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "assessment_ids")
    @TableGenerator(name = "assessment_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "assessment", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_id", nullable = false)
    private SocialOrg org;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "assessor", nullable = false, length = 50)
    private String assessor;

    @Column(name = "total", nullable = false, precision = 5, scale = 1)
    private BigDecimal total;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, length = 16)
    private Decision decision;

    @Column(name = "notes", length = 1000)
    private String notes;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderBy("position")
    private List<Score> scores = new ArrayList<>();

    protected Assessment() {
    }

    public Assessment(SocialOrg org, LocalDate assessedOn, String assessor, List<Score> scores, Decision decision,
                      String notes) {
        this.org = org;
        this.assessedOn = assessedOn;
        this.assessor = assessor;
        this.scores.addAll(scores);
        this.total = total(scores);
        this.decision = decision;
        this.notes = notes;
        assignTo(org.getUnit());
    }

    /** Σ(score/10 × weight) / Σweight × 100, one decimal: every criterion at 10 gives 100. */
    public static BigDecimal total(List<Score> scores) {
        int weights = scores.stream().mapToInt(Score::getWeight).sum();
        if (weights == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        long points = scores.stream().mapToLong(s -> (long) s.getScore() * s.getWeight()).sum();
        return BigDecimal.valueOf(points * 100).divide(BigDecimal.valueOf((long) weights * Score.MAX), 1,
                RoundingMode.HALF_UP);
    }

    @Override
    public Long getId() {
        return id;
    }

    public SocialOrg getOrg() {
        return org;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public String getAssessor() {
        return assessor;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getNotes() {
        return notes;
    }

    public List<Score> getScores() {
        return Collections.unmodifiableList(scores);
    }
}
