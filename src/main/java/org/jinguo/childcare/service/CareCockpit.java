package org.jinguo.childcare.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jinguo.childcare.model.ChildCategory;
import org.jinguo.platform.figures.Chart;
import org.jinguo.platform.figures.Figure;
import org.jinguo.platform.figures.FigureSource;
import org.jinguo.platform.figures.Section;
import org.jinguo.platform.figures.Words;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;

/**
 * The children's project on the cockpit, for those who may read its figures (never a file): the children followed,
 * served and their counselling sessions and visits in the period (the figures page's), the followed by category.
 */
@Stateless
@ScopedToCaller
public class CareCockpit implements FigureSource {

    @Inject
    ChildFigures children;

    @Override
    public Optional<Section> section(Caller caller, long unitId, LocalDate from, LocalDate to, Locale locale) {
        if (!caller.can(Permission.CHILD_FIGURES)) {
            return Optional.empty();
        }
        ChildFigures.Figures f = children.of(unitId, from, to);
        String page = "/childcare/figures.xhtml";
        List<Figure> figures = List.of(
                Figure.count("cockpit.children.followed", f.followed(), page),
                Figure.count("cockpit.children.served", f.childrenServed(), page),
                Figure.count("cockpit.children.sessions", f.sessionsHeld(), page),
                Figure.count("cockpit.children.visits", f.visits(), page));
        List<ChildCategory> categories = List.of(ChildCategory.values());
        Chart chart = new Chart("cockpit.children.categoriesChart", Chart.Kind.DOUGHNUT,
                categories.stream().map(c -> Words.of(locale, "childCategory." + c)).toList(),
                List.of(new Chart.Series("cockpit.children.followed",
                        categories.stream().map(c -> (double) f.byCategory().getOrDefault(c, 0L)).toList())));
        return Optional.of(new Section("cockpit.children", 70, figures, List.of(chart)));
    }
}
