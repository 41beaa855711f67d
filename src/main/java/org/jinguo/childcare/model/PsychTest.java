package org.jinguo.childcare.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A psychological test taken at the assessment: the instrument (e.g. SDQ, CDI), when, the scores and what they mean. */
@Embeddable
public class PsychTest {

    @Column(name = "instrument", nullable = false, length = 60)
    private String instrument;

    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn;

    @Column(name = "scores", nullable = false, length = 200)
    private String scores;

    @Column(name = "interpretation", length = 500)
    private String interpretation;

    protected PsychTest() {
    }

    public PsychTest(String instrument, LocalDate takenOn, String scores, String interpretation) {
        this.instrument = instrument;
        this.takenOn = takenOn;
        this.scores = scores;
        this.interpretation = interpretation;
    }

    public String instrument() {
        return instrument;
    }

    public LocalDate takenOn() {
        return takenOn;
    }

    public String scores() {
        return scores;
    }

    public String interpretation() {
        return interpretation;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PsychTest t && t.instrument.equals(instrument) && t.takenOn.equals(takenOn)
                && t.scores.equals(scores) && Objects.equals(t.interpretation, interpretation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instrument, takenOn, scores);
    }
}
