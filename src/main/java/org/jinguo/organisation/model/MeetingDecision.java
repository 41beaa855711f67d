package org.jinguo.organisation.model;

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
import java.time.LocalDate;
import org.jinguo.platform.scope.UnitOwned;

/** A decision of a council meeting, with who carries it out, by when, and how far it has got. */
@Entity
@Table(name = "meeting_decision")
public class MeetingDecision extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "meeting_decision_ids")
    @TableGenerator(name = "meeting_decision_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "meeting_decision", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private CouncilMeeting meeting;

    @Column(name = "text", nullable = false, length = 500)
    private String text;

    @Column(name = "responsible", length = 50)
    private String responsible;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private DecisionStatus status = DecisionStatus.OPEN;

    @Column(name = "follow_up", length = 500)
    private String followUp;

    protected MeetingDecision() {
    }

    public MeetingDecision(CouncilMeeting meeting, String text, String responsible, LocalDate dueOn) {
        this.meeting = meeting;
        this.text = text;
        this.responsible = responsible;
        this.dueOn = dueOn;
    }

    @Override
    public Long getId() {
        return id;
    }

    public CouncilMeeting getMeeting() {
        return meeting;
    }

    public String getText() {
        return text;
    }

    public String getResponsible() {
        return responsible;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public DecisionStatus getStatus() {
        return status;
    }

    public String getFollowUp() {
        return followUp;
    }

    /** Records how far it has got. */
    public void followUp(DecisionStatus status, String note) {
        this.status = status;
        this.followUp = note;
    }
}
