package org.jinguo.organisation.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jinguo.organisation.model.Position;
import org.jinguo.platform.figures.Chart;
import org.jinguo.platform.figures.Figure;
import org.jinguo.platform.figures.FigureSource;
import org.jinguo.platform.figures.Section;
import org.jinguo.platform.figures.Words;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;

/**
 * The federation network on the cockpit: units, the office holders of the terms running today by position (the
 * statistics page's figures) and coverage against its goals (the coverage page's).
 */
@Stateless
@ScopedToCaller
public class NetworkCockpit implements FigureSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    TermService terms;

    @Inject
    CoverageService coverage;

    @Override
    public Optional<Section> section(Caller caller, long unitId, LocalDate from, LocalDate to, Locale locale) {
        if (!caller.can(Permission.UNIT_VIEW)) {
            return Optional.empty();
        }
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId);
        long units = em.createQuery("SELECT COUNT(u) FROM OrgUnit u WHERE u.path LIKE :path", Long.class)
                .setParameter("path", unit.getPath() + "%").getSingleResult();
        OfficeStatistics stats = terms.statistics(unitId);
        Coverage covered = coverage.coverage(unitId);
        String statistics = "/organisation/statistics.xhtml?unit=" + unitId;
        String coveragePage = "/organisation/coverage.xhtml?unit=" + unitId;
        List<Figure> figures = List.of(
                Figure.count("cockpit.network.units", units, "/organisation/units.xhtml"),
                Figure.count("cockpit.network.chairs", stats.holders().getOrDefault(Position.CHAIR, 0L), statistics),
                Figure.count("cockpit.network.viceChairs", stats.holders().getOrDefault(Position.VICE_CHAIR, 0L), statistics),
                Figure.count("cockpit.network.members", stats.holders().getOrDefault(Position.EXECUTIVE_MEMBER, 0L), statistics),
                Figure.percent("cockpit.network.workCoverage", covered.workPercent(), Coverage.WORK_GOAL, coveragePage),
                Figure.percent("cockpit.network.organisationCoverage", covered.organisationPercent(), Coverage.ORGANISATION_GOAL,
                        coveragePage));
        Chart holders = new Chart("cockpit.network.holdersChart", Chart.Kind.DOUGHNUT,
                List.of(Words.of(locale, "position.CHAIR"), Words.of(locale, "position.VICE_CHAIR"),
                        Words.of(locale, "position.EXECUTIVE_MEMBER")),
                List.of(new Chart.Series("cockpit.network.holders", List.of(
                        (double) stats.holders().getOrDefault(Position.CHAIR, 0L),
                        (double) stats.holders().getOrDefault(Position.VICE_CHAIR, 0L),
                        (double) stats.holders().getOrDefault(Position.EXECUTIVE_MEMBER, 0L)))));
        Chart coverageChart = new Chart("cockpit.network.coverageChart", Chart.Kind.BAR,
                List.of(Words.of(locale, "cockpit.network.workCoverage"), Words.of(locale, "cockpit.network.organisationCoverage")),
                List.of(new Chart.Series("cockpit.reached", List.of(covered.workPercent(), covered.organisationPercent())),
                        new Chart.Series("cockpit.goal", List.of(Coverage.WORK_GOAL, Coverage.ORGANISATION_GOAL))));
        return Optional.of(new Section("cockpit.network", 10, figures, List.of(holders, coverageChart)));
    }
}
