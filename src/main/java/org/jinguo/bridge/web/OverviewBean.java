package org.jinguo.bridge.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.bridge.service.BridgeOverviewService;
import org.jinguo.bridge.service.BridgeOverviewService.LineFigures;
import org.jinguo.bridge.service.BridgeOverviewService.Overview;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/** The Bridge's overview (巾帼桥概览) for a unit and a period, with bars, and the figures per line to a spreadsheet. */
@Named
@ViewScoped
public class OverviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final SheetColumns<LineFigures> COLUMNS = SheetColumns.of(LineFigures.class)
            .column("order.line", LineFigures::line)
            .column("overview.needs", LineFigures::needs)
            .column("overview.completed", LineFigures::completed)
            .column("overview.rejected", LineFigures::rejected)
            .column("overview.open", LineFigures::open)
            .column("overview.rating", LineFigures::rating);

    @Inject
    BridgeOverviewService overviews;
    @Inject
    org.jinguo.bridge.service.CourseService courses;
    @Inject
    org.jinguo.bridge.service.JobService jobs;
    @Inject
    org.jinguo.bridge.service.ConsultationService consultations;
    @Inject
    org.jinguo.bridge.service.AidService aid;
    @Inject
    org.jinguo.bridge.service.PaidHelpService paidHelp;
    @Inject
    UnitDirectory units;
    @Inject
    AuditTrail auditTrail;

    private UnitRow unit;
    private LocalDate from = Beijing.today().withDayOfYear(1);
    private LocalDate to = Beijing.today();
    private Overview overview;
    private org.jinguo.bridge.service.CourseService.Figures courseFigures;
    private OwnServices own;

    /** The other own services of the user's reach, whatever unit the overview shows: counts only. */
    public record OwnServices(org.jinguo.bridge.service.JobService.JobFigures jobs,
                              org.jinguo.bridge.service.ConsultationService.LegalFigures legal,
                              org.jinguo.bridge.service.AidService.AidFigures aid,
                              org.jinguo.bridge.service.PaidHelpService.PaidFigures paid) implements Serializable {
    }

    @PostConstruct
    void init() {
        show();
    }

    public void show() {
        Overview shown = UiActions.attempt("overviewForm", () -> overviews.overview(unit == null ? null : unit.id(), from, to));
        if (shown != null) {
            overview = shown;
            courseFigures = courses.figures(unit == null ? null : unit.id());
            own = new OwnServices(jobs.figures(), consultations.figures(from, to), aid.figures(), paidHelp.figures());
        }
    }

    public void export() throws IOException {
        List<LineFigures> lines = overview.lines();
        Downloads.xlsx(Texts.get("overview.title"), COLUMNS, (first, max) -> first == 0 ? lines : List.of(),
                count -> auditTrail.exported("BridgeOverview", count, "unit=" + overview.unitName() + " from=" + overview.from()
                        + " to=" + overview.to()));
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    /** A bar's width in pixels: {@code value} of {@code max} over {@code full} pixels. */
    public long bar(long value, long max, int full) {
        return max == 0 ? 0 : value * full / max;
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

    /** The Bridge's own services of the unit's subtree, whatever the period: its courses and the women they trained. */
    public org.jinguo.bridge.service.CourseService.Figures getCourseFigures() {
        return courseFigures;
    }

    public OwnServices getOwn() {
        return own;
    }

    public Overview getOverview() {
        return overview;
    }
}
