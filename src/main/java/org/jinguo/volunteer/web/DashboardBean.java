package org.jinguo.volunteer.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;
import org.jinguo.volunteer.service.HoursService;
import org.jinguo.volunteer.service.MonthlyHours;
import org.jinguo.volunteer.service.VolunteerDashboard.Figures;
import org.jinguo.volunteer.service.VolunteerDashboard;

/** The volunteer dashboard (志愿服务概览): volunteers, teams and hours per unit, and the hours by month. */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VolunteerDashboard dashboard;

    @Inject
    HoursService hours;

    @Inject
    UnitDirectory units;

    @Inject
    CurrentCaller currentCaller;

    private UnitRow unit;
    private int year = Beijing.today().getYear();
    /** The unit and year shown; their figures are read again when the view moves to another server. */
    private long shownUnit;
    private int shownYear;
    // not kept in the session: a district's figures and months of 120 units were a quarter of its session, and
    // both services keep them a minute anyway (RecentFigures)
    private transient Figures figures;
    private transient MonthlyHours monthly;

    @PostConstruct
    void init() {
        show();
    }

    public void show() {
        shownUnit = unit == null ? currentCaller.require().unitId() : unit.id();
        shownYear = year;
        figures = dashboard.figures(shownUnit, shownYear);
        monthly = hours.monthly(shownUnit, shownYear);
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    /** The largest of a figure over the units, so bars scale to it. */
    public long max(String figure) {
        return getFigures().units().stream().mapToLong(u -> switch (figure) {
            case "volunteers" -> u.volunteers();
            case "teams" -> u.teams();
            default -> u.minutes();
        }).max().orElse(0);
    }

    public List<Integer> getYears() {
        int now = Beijing.today().getYear();
        return List.of(now, now - 1, now - 2);
    }

    public UnitRow getUnit() {
        return unit;
    }

    public void setUnit(UnitRow unit) {
        this.unit = unit;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Figures getFigures() {
        if (figures == null) {
            figures = dashboard.figures(shownUnit, shownYear);
        }
        return figures;
    }

    public MonthlyHours getMonthly() {
        if (monthly == null) {
            monthly = hours.monthly(shownUnit, shownYear);
        }
        return monthly;
    }
}
