package org.jinguo.bridge.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jinguo.platform.persistence.BaseEntity;

/** One session of a course (课次): its day, times and topic. Reached only through its course, which is scoped. */
@Entity
@Table(name = "bridge_course_session")
public class CourseSession extends BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bridge_course_session_ids")
    @TableGenerator(name = "bridge_course_session_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "bridge_course_session", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(name = "topic", length = 100)
    private String topic;

    protected CourseSession() {
    }

    public CourseSession(Course course, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String topic) {
        this.course = course;
        this.heldOn = heldOn;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.topic = topic;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public String getTopic() {
        return topic;
    }
}
