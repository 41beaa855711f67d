package org.jinguo.childcare.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.childcare.service.ChildFigures;
import org.jinguo.childcare.service.ChildFigures.Figures;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.security.CurrentCaller;
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
