package org.jinguo.childcare.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import org.jinguo.platform.audit.AuditIgnored;
import org.jinguo.platform.persistence.BaseEntity;

/**
 * One line of a case's timeline: the move (none for the registration), the states before and after, who made it,
 * when and why. Written once, never changed; it is itself the record of the change (the case's own change is audited).
 */
@Entity
@Table(name = "child_case_event")
@AuditIgnored
public class CaseEvent extends BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "child_case_event_ids")
    @TableGenerator(name = "child_case_event_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "child_case_event", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private ChildCase childCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "move", length = 20, updatable = false)
    private CaseMove move;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private CaseStatus toStatus;

    @Column(name = "actor", nullable = false, length = 50, updatable = false)
    private String actor;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    @Column(name = "reason", length = 500, updatable = false)
    private String reason;

    protected CaseEvent() {
    }

    CaseEvent(ChildCase childCase, CaseMove move, CaseStatus fromStatus, CaseStatus toStatus, String actor, String reason) {
        this.childCase = childCase;
        this.move = move;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.reason = reason;
        this.happenedAt = Instant.now();
    }

    /** The first line: the case registered. */
    public static CaseEvent registered(ChildCase childCase, String actor) {
        return new CaseEvent(childCase, null, null, childCase.getStatus(), actor, null);
    }

    @Override
    public Long getId() {
        return id;
    }

    public CaseMove getMove() {
        return move;
    }

    public CaseStatus getFromStatus() {
        return fromStatus;
    }

    public CaseStatus getToStatus() {
        return toStatus;
    }

    public String getActor() {
        return actor;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    /** Sets when it happened, for lines written after the fact (the demo's history). */
    public void happenedAt(Instant at) {
        this.happenedAt = at;
    }

    public String getReason() {
        return reason;
    }
}
