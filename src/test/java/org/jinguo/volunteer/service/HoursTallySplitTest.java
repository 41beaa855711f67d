package org.jinguo.volunteer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jinguo.volunteer.service.HoursTally.Split;
import org.junit.jupiter.api.Test;

/** How a period is cut into the whole months of the monthly table and the days only the records can sum. */
class HoursTallySplitTest {

    private static Split split(String from, String to) {
        return Split.of(LocalDate.parse(from), LocalDate.parse(to)).orElseThrow();
    }

    @Test
    void aCalendarYearIsTwelveWholeMonthsAndNothingElse() {
        assertEquals(new Split(YearMonth.of(2026, 1), YearMonth.of(2026, 12), null, null), split("2026-01-01", "2026-12-31"));
    }

    @Test
    void daysCutOffAMonthAtEitherEndAreLeftToTheRecords() {
        assertEquals(new Split(YearMonth.of(2026, 2), YearMonth.of(2026, 11), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 12, 1)),
                split("2026-01-15", "2026-12-02"));
        assertEquals(new Split(YearMonth.of(2026, 1), YearMonth.of(2026, 11), null, LocalDate.of(2026, 12, 1)),
                split("2026-01-01", "2026-12-03"));
        assertEquals(new Split(YearMonth.of(2024, 3), YearMonth.of(2024, 3), LocalDate.of(2024, 2, 29), null),
                split("2024-02-29", "2024-03-31"), "a leap day before a whole month");
    }

    @Test
    void aPeriodWithinOneMonthOrAcrossTwoPartsHasNoWholeMonth() {
        assertTrue(Split.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 30)).isEmpty());
        assertTrue(Split.of(LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 14)).isEmpty());
        assertTrue(Split.of(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3)).isEmpty());
    }
}
