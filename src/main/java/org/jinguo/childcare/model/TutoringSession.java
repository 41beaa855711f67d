package org.jinguo.childcare.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;
import org.jinguo.platform.scope.UnitOwned;

/** One lesson of a volunteer's tutoring: the day, how long, what was done. Belongs to the case's unit. */
@Entity
@Table(name = "child_tutoring_session")
public class TutoringSession extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "child_tutoring_session_ids")
    @TableGenerator(name = "child_tutoring_session_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "child_tutoring_session", allocationSize = 50)
    private Long id;

    @Column(name = "tutoring_id", nullable = false, updatable = false)
    private long tutoringId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "notes", length = 500)
    private String notes;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    protected TutoringSession() {
    }

    public TutoringSession(long tutoringId, long caseId, LocalDate heldOn, int minutes, String notes, String recordedBy) {
        this.tutoringId = tutoringId;
        this.caseId = caseId;
        this.heldOn = heldOn;
        this.minutes = minutes;
        this.notes = notes;
        this.recordedBy = recordedBy;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getTutoringId() {
        return tutoringId;
    }

    public long getCaseId() {
        return caseId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
