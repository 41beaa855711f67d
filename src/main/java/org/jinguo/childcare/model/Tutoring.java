package org.jinguo.childcare.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;
import org.jinguo.platform.persistence.BaseEntity;

/** Volunteer tutoring of a child (爱心家教): the volunteer, the subject, when, from and until when. */
@Entity
@Table(name = "child_tutoring")
public class Tutoring extends BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "child_tutoring_ids")
    @TableGenerator(name = "child_tutoring_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "child_tutoring", allocationSize = 10)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    private long volunteerId;

    @Column(name = "subject", nullable = false, length = 100)
    private String subject;

    @Column(name = "schedule", nullable = false, length = 100)
    private String schedule;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected Tutoring() {
    }

    public Tutoring(long caseId, long volunteerId, String subject, String schedule, LocalDate startsOn) {
        this.caseId = caseId;
        this.volunteerId = volunteerId;
        this.subject = subject;
        this.schedule = schedule;
        this.startsOn = startsOn;
    }

    public void end(LocalDate on) {
        this.endedOn = on;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getVolunteerId() {
        return volunteerId;
    }

    public String getSubject() {
        return subject;
    }

    public String getSchedule() {
        return schedule;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
