package org.jinguo.organisation.model;

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
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.jinguo.person.model.Person;
import org.jinguo.platform.scope.UnitOwned;

/** An on-duty post (挂牌上岗): an executive member at a named post on one weekday, every week, from and to a time. */
@Entity
@Table(name = "duty_shift")
public class DutyShift extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "duty_shift_ids")
    @TableGenerator(name = "duty_shift_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "duty_shift", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "post", nullable = false, length = 100)
    private String post;

    /** ISO day of the week, 1 (Monday) to 7. */
    @Column(name = "weekday", nullable = false)
    private int weekday;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    protected DutyShift() {
    }

    public DutyShift(Person person, String post, DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
        this.person = person;
        this.post = post;
        this.weekday = day.getValue();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public String getPost() {
        return post;
    }

    public DayOfWeek getDay() {
        return DayOfWeek.of(weekday);
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    /** Whether it overlaps {@code other} for the same person on the same day. */
    public boolean clashesWith(DayOfWeek day, LocalTime from, LocalTime to) {
        return weekday == day.getValue() && from.isBefore(endsAt) && startsAt.isBefore(to);
    }

    public void passTo(Person kept) {
        this.person = kept;
    }
}
