package org.jinguo.childcare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounsellingSeriesTest {

    private static CounsellingSeries twiceAWeek(LocalDate from, LocalDate until) {
        CounsellingSeries series = new CounsellingSeries(1L);
        series.setWeekDays(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY));
        series.setStartsOn(from);
        series.setEndsOn(until);
        return series;
    }

    @Test
    void aSeriesMeetsOnItsDaysFromItsStartToItsEndInclusive() {
        // 2025-07-01 was a Tuesday
        CounsellingSeries series = twiceAWeek(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 15));
        assertEquals(List.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 4), LocalDate.of(2025, 7, 8),
                LocalDate.of(2025, 7, 11), LocalDate.of(2025, 7, 15)), series.dates(LocalDate.of(2025, 6, 1)));
    }

    @Test
    void resumingGeneratesOnlyFromTheDayItResumes() {
        CounsellingSeries series = twiceAWeek(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 15));
        assertEquals(List.of(LocalDate.of(2025, 7, 11), LocalDate.of(2025, 7, 15)), series.dates(LocalDate.of(2025, 7, 9)));
        assertEquals(List.of(), series.dates(LocalDate.of(2025, 7, 16)));
    }

    @Test
    void theDaysAreOneColumnInWeekOrderAndReadBackAsTheyWere() {
        WeekDaysConverter converter = new WeekDaysConverter();
        assertEquals("TUESDAY,FRIDAY", converter.convertToDatabaseColumn(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.TUESDAY)));
        assertEquals(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), converter.convertToEntityAttribute("TUESDAY,FRIDAY"));
        assertEquals(EnumSet.noneOf(DayOfWeek.class), converter.convertToEntityAttribute(""));
    }
}
