package org.jinguo.incubation.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jinguo.incubation.model.Decision;

/** An admission assessment as the assessor fills it in: a score 0–10 per active criterion (by id), the decision, notes. */
public class AssessmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{jinguo.required}")
    @PastOrPresent(message = "{jinguo.date.notFuture}")
    private LocalDate on;
    @NotNull(message = "{jinguo.required}")
    private Map<Long, Integer> scores = new LinkedHashMap<>();
    @NotNull(message = "{jinguo.required}")
    private Decision decision;
    @Size(max = 1000, message = "{jinguo.size.max}")
    private String notes;

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public Map<Long, Integer> getScores() {
        return scores;
    }

    public void setScores(Map<Long, Integer> scores) {
        this.scores = scores;
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
