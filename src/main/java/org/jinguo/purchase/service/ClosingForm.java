package org.jinguo.purchase.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** The closing evaluation of a contract: when, a rating of 1 to 5, and what was found. */
public class ClosingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{jinguo.required}")
    @PastOrPresent(message = "{jinguo.date.notFuture}")
    private LocalDate on;
    @Min(value = 1, message = "{jinguo.count.min}")
    @Max(value = 5, message = "{jinguo.count.max}")
    private int rating = 4;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 1000, message = "{jinguo.size.max}")
    private String evaluation;

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public int getRating() {
        return rating;
    }

    public void setRating(int rating) {
        this.rating = rating;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(String evaluation) {
        this.evaluation = evaluation;
    }
}
