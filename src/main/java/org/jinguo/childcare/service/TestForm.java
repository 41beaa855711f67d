package org.jinguo.childcare.service;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** One psychological test of an assessment: instrument, date, scores, interpretation. */
public class TestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 60, message = "{jinguo.size.max}")
    private String instrument;
    @PastOrPresent(message = "{jinguo.date.notFuture}")
    private LocalDate takenOn;
    @Size(max = 200, message = "{jinguo.size.max}")
    private String scores;
    @Size(max = 500, message = "{jinguo.size.max}")
    private String interpretation;

    public TestForm() {
    }

    public TestForm(String instrument, LocalDate takenOn, String scores, String interpretation) {
        this.instrument = instrument;
        this.takenOn = takenOn;
        this.scores = scores;
        this.interpretation = interpretation;
    }

    public boolean isBlank() {
        return instrument == null || instrument.isBlank();
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public void setTakenOn(LocalDate takenOn) {
        this.takenOn = takenOn;
    }

    public String getScores() {
        return scores;
    }

    public void setScores(String scores) {
        this.scores = scores;
    }

    public String getInterpretation() {
        return interpretation;
    }

    public void setInterpretation(String interpretation) {
        this.interpretation = interpretation;
    }
}
