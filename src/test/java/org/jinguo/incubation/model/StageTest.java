package org.jinguo.incubation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageTest {

    @Test
    void thePipelineRunsForwardOneStepAtATimeAndCanBeLeftOnlyBeforeGraduating() {
        List<Stage> order = List.copyOf(Stage.PIPELINE);
        for (int i = 0; i + 1 < order.size(); i++) {
            assertTrue(order.get(i).allows(order.get(i + 1)), order.get(i) + " → next");
            for (int j = 0; j <= i; j++) {
                assertFalse(order.get(i).allows(order.get(j)), order.get(i) + " → back to " + order.get(j));
            }
        }
        EnumSet<Stage> withdrawable = EnumSet.of(Stage.APPLIED, Stage.INSPECTION, Stage.ASSESSMENT, Stage.MOVED_IN, Stage.INCUBATING);
        for (Stage stage : Stage.values()) {
            assertEquals(withdrawable.contains(stage), stage.allows(Stage.WITHDRAWN), stage + " → withdrawn");
        }
        assertTrue(Stage.REJECTED.isFinal());
        assertTrue(Stage.WITHDRAWN.isFinal());
        assertTrue(Stage.FOLLOW_UP.isFinal());
        assertTrue(Stage.REJECTED.needsReason() && Stage.WITHDRAWN.needsReason() && !Stage.GRADUATED.needsReason());
    }

    @Test
    void theTotalIsTheWeightedScoreOutOfAHundred() {
        assertEquals(new BigDecimal("100.0"), Assessment.total(List.of(new Score(0, "a", "a", 30, 10), new Score(1, "b", "b", 70, 10))));
        // (6×30 + 9×70) / (100×10) × 100 = 81.0
        assertEquals(new BigDecimal("81.0"), Assessment.total(List.of(new Score(0, "a", "a", 30, 6), new Score(1, "b", "b", 70, 9))));
        // (7×1 + 8×2) / 30 × 100 = 76.666… → 76.7
        assertEquals(new BigDecimal("76.7"), Assessment.total(List.of(new Score(0, "a", "a", 1, 7), new Score(1, "b", "b", 2, 8))));
    }

    @Test
    void anOrganisationMovesOnlyWhereItsStageAllows() {
        SocialOrg org = new SocialOrg("测试", OrgKind.TRAINING, LegalStatus.UNREGISTERED, LocalDate.of(2026, 3, 1));
        org.moveTo(Stage.INSPECTION, LocalDate.of(2026, 3, 5));
        assertEquals(LocalDate.of(2026, 3, 5), org.getStageSince());
        assertThrows(IllegalStateException.class, () -> org.moveTo(Stage.GRADUATED, LocalDate.of(2026, 3, 6)));
        assertEquals(Stage.INSPECTION, org.getStage());
    }
}
