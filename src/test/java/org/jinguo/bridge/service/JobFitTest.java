package org.jinguo.bridge.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.EnumSet;
import org.jinguo.bridge.model.JobSkill;
import org.jinguo.bridge.model.WorkHours;
import org.jinguo.platform.match.Scorecard;
import org.junit.jupiter.api.Test;

/** The job platform's score, worked out by hand for two seekers and one position (the table in docs/features/bridge.md). */
class JobFitTest {

    private static final JobFit.It CASHIER = new JobFit.It(EnumSet.of(JobSkill.CASHIER, JobSkill.SALES), WorkHours.FULL_TIME,
            "/1/12/", new BigDecimal("4500"));

    @Test
    void aSeekerWhoFitsEveryPartScoresAll() {
        JobFit.Her her = new JobFit.Her(EnumSet.of(JobSkill.CASHIER, JobSkill.SALES, JobSkill.COOKING),
                EnumSet.of(WorkHours.FULL_TIME), "/1/12/130/", new BigDecimal("4000"), true);
        Scorecard card = JobFit.score(her, CASHIER);
        assertEquals(100, card.total());
        assertEquals(100, card.max());
    }

    @Test
    void eachPartCountsOnItsOwn() {
        // one of two skills (23 of 45, rounded), other hours (0), another street (5), no training (0), wants more pay (0)
        JobFit.Her her = new JobFit.Her(EnumSet.of(JobSkill.SALES), EnumSet.of(WorkHours.PART_TIME), "/1/15/150/",
                new BigDecimal("5000"), false);
        Scorecard card = JobFit.score(her, CASHIER);
        assertEquals(23, card.points(JobFit.SKILLS));
        assertEquals(0, card.points(JobFit.HOURS));
        assertEquals(5, card.points(JobFit.PLACE));
        assertEquals(0, card.points(JobFit.TRAINING));
        assertEquals(0, card.points(JobFit.PAY));
        assertEquals(28, card.total());
    }

    @Test
    void aPositionAskingNoSkillAndNoPlaceGivesTheirPointsToEveryoneAndThePlaceFive() {
        JobFit.It anything = new JobFit.It(EnumSet.noneOf(JobSkill.class), WorkHours.FLEXIBLE, null, null);
        JobFit.Her her = new JobFit.Her(EnumSet.noneOf(JobSkill.class), EnumSet.of(WorkHours.FLEXIBLE), "/1/12/", null, false);
        assertEquals(45 + 20 + 5 + 0 + 10, JobFit.score(her, anything).total());
    }
}
