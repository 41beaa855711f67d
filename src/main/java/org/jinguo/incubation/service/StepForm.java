package org.jinguo.incubation.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A move along the pipeline: when, notes, and the reason a rejection or withdrawal needs. */
public class StepForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{jinguo.required}")
    @PastOrPresent(message = "{jinguo.date.notFuture}")
    private LocalDate on;
    @Size(max = 1000, message = "{jinguo.size.max}")
    private String notes;
    @Size(max = 500, message = "{jinguo.size.max}")
    private String reason;

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
