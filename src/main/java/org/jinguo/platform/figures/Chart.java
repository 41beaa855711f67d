package org.jinguo.platform.figures;

import java.io.Serializable;
import java.util.List;

/**
 * A chart of an area's figures, described without any drawing library: its title (a bundle key), its kind, its
 * categories (words already in the reader's language, e.g. unit names, months or service lines) and one or more
 * series of values. The cockpit draws it with PrimeFaces' Chart.js; the report draws the same data in the PDF.
 */
public record Chart(String title, Kind kind, List<String> categories, List<Series> series) implements Serializable {

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** One series: its label (a bundle key) or its name (words of the data: a unit's name), and a value per category. */
    public record Series(String label, String name, List<Double> values) implements Serializable {
        public Series {
            values = List.copyOf(values);
        }

        public Series(String label, List<Double> values) {
            this(label, null, values);
        }

        /** A series called by a name of the data, not a bundle key. */
        public static Series named(String name, List<Double> values) {
            return new Series(null, name, values);
        }
    }

    /** Bars side by side, bars stacked (parts of a whole per category), a line, a ring. */
    public enum Kind { BAR, STACKED_BAR, LINE, DOUGHNUT }

    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == 0));
    }
}
