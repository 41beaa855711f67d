package org.jinguo.bridge.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** Sessions to add to a course: one, or {@code occurrences} a week apart from {@code heldOn}, at the same times. */
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most sessions added at once: half a year of weekly ones. */
    public static final int MAX_OCCURRENCES = 26;

    @NotNull(message = "{jinguo.required}")
    private LocalDate heldOn;
    @NotNull(message = "{jinguo.required}")
    private LocalTime startsAt;
    @NotNull(message = "{jinguo.required}")
    private LocalTime endsAt;
    @Size(max = 100, message = "{jinguo.size.max}")
    private String topic;
    @Min(value = 1, message = "{jinguo.count.min}")
    @Max(value = MAX_OCCURRENCES, message = "{jinguo.count.max}")
    private int occurrences = 1;

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public int getOccurrences() {
        return occurrences;
    }

    public void setOccurrences(int occurrences) {
        this.occurrences = occurrences;
    }
}
