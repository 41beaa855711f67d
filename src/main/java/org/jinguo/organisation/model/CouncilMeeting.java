package org.jinguo.organisation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.jinguo.person.model.Person;
import org.jinguo.platform.scope.UnitOwned;

/** A meeting of a federation's executive council (执委会议): when, on what, who attended, the minutes. */
@Entity
@Table(name = "council_meeting")
public class CouncilMeeting extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "council_meeting_ids")
    @TableGenerator(name = "council_meeting_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "council_meeting", allocationSize = 20)
    private Long id;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "topic", nullable = false, length = 200)
    private String topic;

    @Column(name = "place", length = 100)
    private String place;

    @Column(name = "minutes", length = 4000)
    private String minutes;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "council_attendee", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> attendees = new HashSet<>();

    protected CouncilMeeting() {
    }

    public CouncilMeeting(LocalDate heldOn, String topic) {
        this.heldOn = heldOn;
        this.topic = topic;
    }

    @Override
    public Long getId() {
        return id;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public Set<Person> getAttendees() {
        return Collections.unmodifiableSet(attendees);
    }

    public void setAttendees(Set<Person> attendees) {
        this.attendees.clear();
        this.attendees.addAll(attendees);
    }

    /** A merge of two person records: the kept one attended instead. */
    public void replaceAttendee(Person duplicate, Person kept) {
        if (attendees.remove(duplicate)) {
            attendees.add(kept);
        }
    }
}
