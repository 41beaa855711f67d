package org.jinguo.volunteer.service;

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
 * Volunteers on the cockpit: the dashboard's active volunteers, teams and applicants, the approved hours of the period
 * (the hours page's totals) and the hours of the period's year by month.
 */
@Stateless
@ScopedToCaller
public class VolunteerCockpit implements FigureSource {

    @Inject
    VolunteerDashboard dashboard;

    @Inject
    HoursService hours;

    @Override
    public Optional<Section> section(Caller caller, long unitId, LocalDate from, LocalDate to, Locale locale) {
        if (!caller.can(Permission.RECORD_VIEW)) {
            return Optional.empty();
        }
        VolunteerDashboard.UnitFigures total = dashboard.figures(unitId, to.getYear()).total();
        HoursService.Sum served = hours.sumTotals(unitId, HoursService.TotalsBy.VOLUNTEER, from, to);
        MonthlyHours monthly = hours.monthly(unitId, to.getYear());
        List<Double> byMonth = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            long minutes = 0;
            for (long[] unit : monthly.minutes()) {
                minutes += unit[m];
            }
            byMonth.add(Math.round(minutes / 6.0) / 10.0);
        }
        List<Figure> figures = List.of(
                Figure.count("cockpit.volunteer.active", total.volunteers(), "/volunteer/volunteers.xhtml?status=ACTIVE"),
                Figure.count("cockpit.volunteer.teams", total.teams(), "/volunteer/teams.xhtml"),
                Figure.count("cockpit.volunteer.applicants", total.applicants(), "/volunteer/volunteers.xhtml?status=APPLICANT"),
                Figure.of("cockpit.volunteer.hours", Math.round(served.minutes() / 6.0) / 10.0, Figure.Measure.HOURS,
                        "/volunteer/dashboard.xhtml"));
        Chart chart = new Chart("cockpit.volunteer.hoursChart", Chart.Kind.LINE, Words.months(locale),
                List.of(new Chart.Series("cockpit.volunteer.hoursSeries", byMonth)));
        return Optional.of(new Section("cockpit.volunteer", 30, figures, List.of(chart)));
    }
}
