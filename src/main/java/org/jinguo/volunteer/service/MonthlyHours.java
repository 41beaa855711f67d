package org.jinguo.volunteer.service;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Approved minutes per month of a year, for each unit directly below the one asked about (and itself). */
public record MonthlyHours(int year, List<String> units, List<long[]> minutes, List<Shown> shown) implements Serializable {

    /** Every unit's months; what is shown ({@link #shown()}) is worked out once, here. */
    public MonthlyHours(int year, List<String> units, List<long[]> minutes) {
        this(year, units, minutes, shownOf(units, minutes));
    }

    /** How many rows the chart and its table show; beyond, the units with fewer hours are shown together. */
    static final int CHART_UNITS = 8;

    /**
     * A row of the chart and of its table: a unit by {@code name}, or the other units together by {@code label}
     * (a bundle key); its twelve months in minutes.
     */
    public record Shown(String name, String label, long[] minutes) implements Serializable {

        /** The twelve months, boxed: a page cannot repeat over a {@code long[]}. */
        public List<Long> months() {
            return Arrays.stream(minutes).boxed().toList();
        }
    }

    /**
     * What the chart and its table show: every unit in its order when there are at most {@link #CHART_UNITS};
     * else the {@code CHART_UNITS - 1} units with the most hours of the year, most first, and the others
     * summed as one row (a district has over a hundred units below it: no one reads a hundred stacked bars,
     * and their table made the page a quarter of a megabyte).
     */
    private static List<Shown> shownOf(List<String> units, List<long[]> minutes) {
        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, units.size()).boxed().toList());
        int named = order.size();
        if (order.size() > CHART_UNITS) {
            long[] totals = minutes.stream().mapToLong(months -> Arrays.stream(months).sum()).toArray();
            order.sort(java.util.Comparator.comparingLong((Integer i) -> -totals[i]).thenComparing(i -> i));
            named = CHART_UNITS - 1;
        }
        List<Shown> rows = new ArrayList<>();
        order.subList(0, named).forEach(i -> rows.add(new Shown(units.get(i), null, minutes.get(i))));
        if (named < order.size()) {
            long[] others = new long[12];
            order.subList(named, order.size()).forEach(i -> Arrays.setAll(others, m -> others[m] + minutes.get(i)[m]));
            rows.add(new Shown(null, "hours.monthly.others", others));
        }
        return List.copyOf(rows);
    }

    /** The largest month of what is shown, so the table's bars scale to it. */
    public long max() {
        return shown().stream().flatMapToLong(row -> Arrays.stream(row.minutes())).max().orElse(0);
    }

    /** As a chart: a bar per month, stacked by the rows {@link #shown()}, in hours. */
    public org.jinguo.platform.figures.Chart asChart(java.util.Locale locale) {
        List<org.jinguo.platform.figures.Chart.Series> series = shown().stream()
                .map(row -> new org.jinguo.platform.figures.Chart.Series(row.label(), row.name(),
                        Arrays.stream(row.minutes()).mapToObj(m -> Math.round(m / 6.0) / 10.0).toList()))
                .toList();
        return new org.jinguo.platform.figures.Chart("hours.monthly", org.jinguo.platform.figures.Chart.Kind.STACKED_BAR,
                org.jinguo.platform.figures.Words.months(locale), series);
    }
}
