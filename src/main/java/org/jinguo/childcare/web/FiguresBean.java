package org.jinguo.childcare.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.childcare.service.ChildFigures;
import org.jinguo.childcare.service.ChildFigures.Figures;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/** The project's figures (项目统计) for a unit's subtree and a period: counts only, no file and no identity. */
@Named
@ViewScoped
public class FiguresBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChildFigures figures;
    @Inject
    UnitDirectory units;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditTrail auditTrail;

    private UnitRow unit;
    private LocalDate from;
    private LocalDate to;
    private Figures shown;

    @PostConstruct
    void init() {
        unit = units.row(currentCaller.require().unitId());
        to = Beijing.today();
        from = to.withDayOfYear(1);
        refresh();
    }

    public void refresh() {
        if (unit == null || from == null || to == null) {
            UiActions.nothingChosen();
            return;
        }
        Figures f = UiActions.attempt("figuresForm", () -> figures.of(unit.id(), from, to));
        if (f != null) {
            shown = f;
        }
    }

    /** A bar's width in pixels for {@code value} of {@code max}. */
    public int bar(Long value, long max, int width) {
        return value == null || max <= 0 ? 0 : (int) Math.min(width, Math.max(2, value * width / max));
    }

    /** One figure of the spreadsheet: what it counts and how many. */
    record FigureRow(Object what, long value) {
    }

    static final SheetColumns<FigureRow> COLUMNS = SheetColumns.of(FigureRow.class)
            .column("childFigures.figure", FigureRow::what)
            .column("childFigures.value", FigureRow::value);

    /** Exports the figures shown (counts only, no case), audited. */
    public void export() throws IOException {
        if (shown == null) {
            UiActions.nothingChosen();
            return;
        }
        Figures f = shown;
        List<FigureRow> rows = new ArrayList<>();
        rows.add(new FigureRow(SheetColumns.label("childFigures.followed"), f.followed()));
        f.byCategory().forEach((k, n) -> rows.add(new FigureRow(k, n)));
        f.byRisk().forEach((k, n) -> rows.add(new FigureRow(k, n)));
        f.byStatus().forEach((k, n) -> rows.add(new FigureRow(k, n)));
        rows.add(new FigureRow(SheetColumns.label("childFigures.plansAwaiting"), f.plansAwaiting()));
        rows.add(new FigureRow(SheetColumns.label("childFigures.overdue"), f.overdue()));
        rows.add(new FigureRow(SheetColumns.label("childFigures.served"), f.childrenServed()));
        rows.add(new FigureRow(SheetColumns.label("childFigures.sessionsHeld"), f.sessionsHeld()));
        rows.add(new FigureRow(SheetColumns.label("childFigures.hoursHeld"), f.hoursHeld()));
        rows.add(new FigureRow(SheetColumns.label("childFigures.visits"), f.visits()));
        rows.add(new FigureRow(SheetColumns.label("childFigures.tutoringHours"), f.tutoringHours()));
        Downloads.xlsx(Texts.get("childFigures.title"), COLUMNS, rows,
                count -> auditTrail.exported("ChildFigures", count, "unit=" + unit.id() + " from=" + from + " to=" + to));
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
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

    public Figures getShown() {
        return shown;
    }
}
