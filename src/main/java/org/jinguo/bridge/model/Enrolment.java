package org.jinguo.bridge.model;

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
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jinguo.person.model.Person;
import org.jinguo.platform.scope.UnitOwned;

/**
 * A woman on a course or waiting for a place, one per woman and course (the course's unit owns it): how she came (by
 * staff or herself), when she queued, the sessions she attended, her certificate once she completed it, and her
 * feedback. Withdrawing keeps the record; enrolling again queues her anew.
 */
@Entity
@Table(name = "bridge_enrolment")
public class Enrolment extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bridge_enrolment_ids")
    @TableGenerator(name = "bridge_enrolment_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "bridge_enrolment", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private EnrolmentStatus status;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "self_enrolled", nullable = false)
    private boolean selfEnrolled;

    @Column(name = "certificate_no", length = 24)
    private String certificateNo;

    @Column(name = "rating")
    private Integer rating;

    @Column(name = "feedback", length = 500)
    private String feedback;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "bridge_attendance", joinColumns = @JoinColumn(name = "enrolment_id"))
    @Column(name = "session_id", nullable = false)
    private Set<Long> attended = new HashSet<>();

    protected Enrolment() {
    }

    public Enrolment(Course course, Person person, boolean selfEnrolled, Instant queuedAt) {
        this.course = course;
        this.person = person;
        this.selfEnrolled = selfEnrolled;
        this.queuedAt = queuedAt;
        assignTo(course.getUnit());
    }

    @Override
    public Long getId() {
        return id;
    }

    /** Queues her again (after she withdrew): a new place in the queue, the same record. */
    public void requeue(boolean self, Instant at) {
        this.selfEnrolled = self;
        this.queuedAt = at;
        this.certificateNo = null;
    }

    /** She completed the course: her certificate gets its number (结业证书编号), kept once given. */
    public void complete(int year) {
        status = EnrolmentStatus.COMPLETED;
        if (certificateNo == null) {
            certificateNo = String.format("PX%d-%06d", year, id);
        }
    }

    /** Back on the course without completion (a session added, a presence taken back): no certificate. */
    public void reopen() {
        status = EnrolmentStatus.ENROLLED;
        certificateNo = null;
    }

    public Course getCourse() {
        return course;
    }

    public Person getPerson() {
        return person;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public void setStatus(EnrolmentStatus status) {
        this.status = status;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public boolean isSelfEnrolled() {
        return selfEnrolled;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public Integer getRating() {
        return rating;
    }

    public String getFeedback() {
        return feedback;
    }

    public void rate(Integer rating, String feedback) {
        this.rating = rating;
        this.feedback = feedback;
    }

    public Set<Long> getAttended() {
        return attended;
    }
}
