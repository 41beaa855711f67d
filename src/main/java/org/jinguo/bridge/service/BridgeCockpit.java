package org.jinguo.bridge.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jinguo.platform.figures.Chart;
import org.jinguo.platform.figures.Figure;
import org.jinguo.platform.figures.FigureSource;
import org.jinguo.platform.figures.Section;
import org.jinguo.platform.figures.Words;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;

/**
 * The Jinguo Bridge on the cockpit: the overview's needs, completed orders, satisfaction and overdue orders of the
 * period, and needs against completed orders by service line.
 */
@Stateless
@ScopedToCaller
public class BridgeCockpit implements FigureSource {

    @Inject
    BridgeOverviewService overview;

    @Override
    public Optional<Section> section(Caller caller, long unitId, LocalDate from, LocalDate to, Locale locale) {
        if (!caller.can(Permission.RECORD_VIEW)) {
            return Optional.empty();
        }
        BridgeOverviewService.Overview o = overview.overview(unitId, from, to);
        List<Figure> figures = new ArrayList<>(List.of(
                Figure.count("cockpit.bridge.needs", o.needs(), "/bridge/orders.xhtml"),
                Figure.count("cockpit.bridge.completed", o.completed(), "/bridge/orders.xhtml?status=COMPLETED"),
                Figure.count("cockpit.bridge.overdue", o.overdue(), "/bridge/orders.xhtml?overdue=true"),
                Figure.of("cockpit.bridge.satisfied", o.satisfiedPercent(), Figure.Measure.PERCENT, "/bridge/overview.xhtml")));
        if (o.rating() != null) {
            figures.add(Figure.of("cockpit.bridge.rating", Math.round(o.rating() * 10) / 10.0, Figure.Measure.RATING,
                    "/bridge/overview.xhtml"));
        }
        Chart lines = new Chart("cockpit.bridge.linesChart", Chart.Kind.BAR,
                o.lines().stream().map(l -> Words.of(locale, "serviceLine." + l.line())).toList(),
                List.of(new Chart.Series("cockpit.bridge.needs", o.lines().stream().map(l -> (double) l.needs()).toList()),
                        new Chart.Series("cockpit.bridge.completed", o.lines().stream().map(l -> (double) l.completed()).toList())));
        return Optional.of(new Section("cockpit.bridge", 60, figures, List.of(lines)));
    }
}
