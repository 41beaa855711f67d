package org.jinguo.platform.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    @Test
    void partsAddUpEachRoundedAndNeverOverItsWeight() {
        Scorecard card = Scorecard.builder()
                .share("load", 15, 2 / 3.0)      // 10
                .share("over", 10, 1.7)          // clamped to 10
                .share("nan", 10, Double.NaN)    // nothing
                .points("place", 25, 40)         // at most 25
                .points("negative", 5, -3)       // at least 0
                .when("time", 15, true)
                .when("item", 30, false)
                .build();
        assertEquals(List.of(10, 10, 0, 25, 0, 15, 0), card.parts().stream().map(Scorecard.Part::points).toList());
        assertEquals(60, card.total());
        assertEquals(110, card.max());
        assertEquals(25, card.points("place"));
        assertEquals(0, card.points("absent"));
    }
}
