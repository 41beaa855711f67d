package org.jinguo.incubation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** One criterion's score (0–10) in an assessment, with the criterion's names and weight as they were then. */
@Embeddable
public class Score implements Serializable {

    public static final int MAX = 10;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "criterion_zh", nullable = false, length = 100)
    private String criterionZh;

    @Column(name = "criterion_en", nullable = false, length = 100)
    private String criterionEn;

    @Column(name = "weight", nullable = false)
    private int weight;

    @Column(name = "score", nullable = false)
    private int score;

    protected Score() {
    }

    public Score(int position, String criterionZh, String criterionEn, int weight, int score) {
        this.position = position;
        this.criterionZh = criterionZh;
        this.criterionEn = criterionEn;
        this.weight = weight;
        this.score = score;
    }

    public int getPosition() {
        return position;
    }

    public String getCriterionZh() {
        return criterionZh;
    }

    public String getCriterionEn() {
        return criterionEn;
    }

    public int getWeight() {
        return weight;
    }

    public int getScore() {
        return score;
    }
}
