package org.jinguo.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.jinguo.organisation.model.Position;
import org.jinguo.organisation.service.HolderFilter;
import org.jinguo.organisation.service.HolderListRow;
import org.jinguo.organisation.service.TermService;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/** The roster of office holders (执委名册) of the user's scope: filter, page, export. */
@Named
@ViewScoped
public class RosterBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The roster as a spreadsheet shows it. */
    static final SheetColumns<HolderListRow> COLUMNS = SheetColumns.of(HolderListRow.class)
            .column("person.name", HolderListRow::name)
            .column("holder.position", HolderListRow::position)
            .column("person.unit", HolderListRow::unitName)
            .column("terms.startsOn", HolderListRow::startsOn)
            .column("terms.endsOn", HolderListRow::endsOn)
            .column("person.tags", HolderListRow::tags);

    @Inject
    TermService terms;

    @Inject
    UnitDirectory units;

    @Inject
    AuditTrail auditTrail;

    @Valid
    private HolderFilter filter = new HolderFilter();
    private UnitRow unit;
    private PagedList<HolderListRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max, sorting) -> terms.roster(filter, first, max, sorting),
                () -> terms.countRoster(filter),
                row -> String.valueOf(row.id()));
    }

    public void search() {
        filter.setUnitId(unit == null ? null : unit.id());
    }

    public void clear() {
        filter = new HolderFilter();
        unit = null;
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public Position[] getPositions() {
        return Position.values();
    }

    public String tagsLabel(HolderListRow row) {
        return row.tags().stream().sorted().map(t -> Texts.get("personTag." + t)).collect(Collectors.joining("、"));
    }

    /** The filtered roster as a spreadsheet, a page at a time; the export is audited. */
    public void export() throws IOException {
        search();
        Downloads.xlsx(Texts.get("roster.title"), COLUMNS, (first, max) -> terms.roster(filter, first, max),
                count -> auditTrail.exported("OfficeHolder", count, filter.describe()));
    }

    public HolderFilter getFilter() {
        return filter;
    }

    public UnitRow getUnit() {
        return unit;
    }

    public void setUnit(UnitRow unit) {
        this.unit = unit;
    }

    public PagedList<HolderListRow> getRows() {
        return rows;
    }
}
