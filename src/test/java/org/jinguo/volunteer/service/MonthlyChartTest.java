package org.jinguo.volunteer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jinguo.platform.figures.Chart;
import org.junit.jupiter.api.Test;

/** The monthly hours chart names the units with the most hours and stacks the rest as one. */
class MonthlyChartTest {

    private static MonthlyHours monthly(int units) {
        List<String> names = new ArrayList<>();
        List<long[]> minutes = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            names.add("单位" + i);
            long[] months = new long[12];
            months[0] = 60L * (i + 1); // unit i: i + 1 hours in January
            minutes.add(months);
        }
        return new MonthlyHours(2026, names, minutes);
    }

    @Test
    void aFewUnitsAreEachNamedInTheirOwnOrder() {
        Chart chart = monthly(3).asChart(Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of("单位0", "单位1", "单位2"), chart.series().stream().map(Chart.Series::name).toList());
        assertEquals(3.0, chart.series().get(2).values().get(0));
        assertEquals(12, chart.categories().size());
    }

    @Test
    void manyUnitsShowTheBiggestByNameAndTheOthersTogether() {
        int units = 120;
        MonthlyHours monthly = monthly(units);
        Chart chart = monthly.asChart(Locale.ENGLISH);
        assertEquals(MonthlyHours.CHART_UNITS, chart.series().size());
        List<String> named = chart.series().subList(0, MonthlyHours.CHART_UNITS - 1).stream()
                .map(Chart.Series::name).toList();
        assertEquals(IntStream.range(0, MonthlyHours.CHART_UNITS - 1).mapToObj(i -> "单位" + (units - 1 - i)).toList(),
                named, "the units with the most hours, most first");
        Chart.Series others = chart.series().get(MonthlyHours.CHART_UNITS - 1);
        assertNull(others.name());
        assertEquals("hours.monthly.others", others.label());
        double rest = IntStream.rangeClosed(1, units - (MonthlyHours.CHART_UNITS - 1)).sum();
        assertEquals(rest, others.values().get(0), "every other unit's hours, summed");
        assertEquals(0.0, others.values().get(1));
        double all = chart.series().stream().mapToDouble(s -> s.values().get(0)).sum();
        assertEquals(IntStream.rangeClosed(1, units).sum(), all, 0.001, "nothing lost from the month's total");
        assertEquals(MonthlyHours.CHART_UNITS, monthly.shown().size(), "the table shows what the chart shows");
        assertEquals((long) rest * 60, monthly.max(), "the table's bars scale to the largest row shown: the others'");
    }
}
