package org.jinguo.incubation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.jinguo.incubation.model.Stage;
import org.jinguo.incubation.service.BoardService.Column;
import org.jinguo.incubation.service.BoardService;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/** The incubation board: every organisation by stage, and the pipeline as a chart (how many stand at each stage). */
@Named
@ViewScoped
public class BoardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BoardService board;
    @Inject
    UnitDirectory units;

    private UnitRow unit;
    private List<Column> columns;
    private Map<Stage, Long> counts;

    @PostConstruct
    void init() {
        show();
    }

    public void show() {
        Long unitId = unit == null ? null : unit.id();
        columns = board.board(unitId);
        counts = board.stageCounts(unitId);
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    /** The largest count of any stage, so the chart's bars are drawn to scale. */
    public long getMax() {
        return counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    public UnitRow getUnit() {
        return unit;
    }

    public void setUnit(UnitRow unit) {
        this.unit = unit;
    }

    public List<Column> getColumns() {
        return columns;
    }

    public Map<Stage, Long> getCounts() {
        return counts;
    }
}
