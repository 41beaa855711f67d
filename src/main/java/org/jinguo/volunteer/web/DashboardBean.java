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
import org.jinguo.volunteer.service.HoursService.Monthly;
import org.jinguo.volunteer.service.HoursService;
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
    private Figures figures;
    private Monthly monthly;

    @PostConstruct
    void init() {
        show();
    }

    public void show() {
        long id = unit == null ? currentCaller.require().unitId() : unit.id();
        figures = dashboard.figures(id, year);
        monthly = hours.monthly(id, year);
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    /** The largest of a figure over the units, so bars scale to it. */
    public long max(String figure) {
        return figures.units().stream().mapToLong(u -> switch (figure) {
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
        return figures;
    }

    public Monthly getMonthly() {
        return monthly;
    }
}
