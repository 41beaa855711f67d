package org.jinguo.platform.figures;

import java.io.Serializable;
import java.util.List;

/** One area's part of the cockpit and the report: its title (a bundle key), its place, key figures and charts. */
public record Section(String title, int order, List<Figure> figures, List<Chart> charts) implements Serializable {

    public Section {
        figures = List.copyOf(figures);
        charts = List.copyOf(charts);
    }
}
