package org.jinguo.cockpit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.figures.Cockpit;
import org.jinguo.platform.figures.Figure;
import org.jinguo.platform.figures.Section;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.cockpit.service.ReportJobs;
import org.jinguo.cockpit.service.YearReport;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/**
 * The district cockpit (数据驾驶舱): every area's key figures for a unit's subtree and a period, each linking to the list
 * behind it, with their charts. The unit is the user's own unless she picks one below it; the period this year so far.
 */
@Named
@ViewScoped
public class CockpitBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cockpit cockpit;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    UnitDirectory units;

    @Inject
    ReportJobs reports;

    private UnitRow unit;
    private LocalDate from = Beijing.today().withDayOfYear(1);
    private LocalDate to = Beijing.today();
    private List<Section> sections;
    private String reportJob;

    @PostConstruct
    void init() {
        load();
    }

    public void search() {
        UiActions.attempt("cockpitForm", () -> {
            if (from == null || to == null || to.isBefore(from)) {
                throw new BusinessRuleException("cockpit.period.invalid", "to");
            }
            sections = cockpit.fresh(currentCaller.require(), unitId(), from, to, Texts.currentLocale());
        });
    }

    private void load() {
        sections = UiActions.attempt("cockpitForm", () -> cockpit.sections(currentCaller.require(), unitId(), from, to, Texts.currentLocale()));
        if (sections == null) {
            sections = List.of();
        }
    }

    private long unitId() {
        return unit == null ? currentCaller.require().unitId() : unit.id();
    }

    /** Starts the year-end report of what the cockpit shows: the figures gathered now (in Chinese), written in the background. */
    public void startReport() {
        UiActions.attempt("cockpitForm", () -> {
            if (from == null || to == null || to.isBefore(from)) {
                throw new BusinessRuleException("cockpit.period.invalid", "to");
            }
            List<Section> chinese = cockpit.sections(currentCaller.require(), unitId(), from, to, Locale.SIMPLIFIED_CHINESE);
            reportJob = reports.start(currentCaller.require().userId(),
                    new YearReport.Subject(unitName(), from, to, Beijing.today()), chinese).getId();
        });
    }

    /** The report being written for her, if any. */
    public ReportJobs.Job getReport() {
        return reportJob == null ? null : reports.find(currentCaller.require().userId(), reportJob).orElse(null);
    }

    public void downloadPdf() throws java.io.IOException {
        ReportJobs.Job job = getReport();
        if (job != null && job.isDone()) {
            Downloads.pdf(fileName(job), job.pdf());
        }
    }

    public void downloadXlsx() throws java.io.IOException {
        ReportJobs.Job job = getReport();
        if (job != null && job.isDone()) {
            Downloads.file(fileName(job) + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", job.xlsx());
        }
    }

    private static String fileName(ReportJobs.Job job) {
        return Texts.get("report.fileName", job.subject().unitName(), String.valueOf(job.subject().to().getYear()));
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    /** The figure's value as the reader writes numbers (1,297 / 1297; 96.5; ¥ in yuan). */
    public String value(Figure figure) {
        Locale locale = Texts.currentLocale();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(figure.measure() == Figure.Measure.COUNT || figure.measure() == Figure.Measure.YUAN ? 0 : 1);
        return format.format(figure.value());
    }

    public String unitName() {
        return unit == null ? currentCaller.require().unitName() : unit.name();
    }

    public List<Section> getSections() {
        return sections;
    }

    public UnitRow getUnit() {
        return unit;
    }

    public void setUnit(UnitRow unit) {
        this.unit = unit;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
