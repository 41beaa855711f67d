package org.jinguo.childcare.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** One lesson a volunteer tutor gave. */
public class LessonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long tutoringId;
    @NotNull(message = "{jinguo.required}")
    @PastOrPresent(message = "{jinguo.date.notFuture}")
    private LocalDate heldOn;
    @Min(value = 15, message = "{jinguo.count.min}")
    @Max(value = 480, message = "{jinguo.count.max}")
    private int minutes = 90;
    @Size(max = 500, message = "{jinguo.size.max}")
    private String notes;

    public long getTutoringId() {
        return tutoringId;
    }

    public void setTutoringId(long tutoringId) {
        this.tutoringId = tutoringId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
