package org.jinguo.unit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitFilter;
import org.jinguo.unit.service.UnitListRow;
import org.jinguo.unit.service.UnitRow;

/** The list of units (单位列表): filter by name, kind and subtree, page, export with what each covers. */
@Named
@ViewScoped
public class UnitListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The units as a spreadsheet shows them, with what each covers. */
    static final SheetColumns<UnitListRow> COLUMNS = SheetColumns.of(UnitListRow.class)
            .column("unit.name", UnitListRow::name)
            .column("unit.type", UnitListRow::type)
            .column("unit.parent", UnitListRow::parentName)
            .column("unit.womenCount", UnitListRow::womenCount)
            .column("unit.enterpriseCount", UnitListRow::enterpriseCount)
            .column("unit.womenEmployeeCount", UnitListRow::womenEmployeeCount)
            .column("unit.memberBodyCount", UnitListRow::memberBodyCount)
            .column("unit.address", UnitListRow::address)
            .column("unit.contactName", UnitListRow::contactName)
            .column("unit.contactPhone", UnitListRow::contactPhone);

    @Inject
    UnitDirectory units;

    @Inject
    AuditTrail auditTrail;

    @Valid
    private UnitFilter filter = new UnitFilter();
    private UnitRow under;
    private PagedList<UnitListRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max) -> units.list(filter, first, max), () -> units.countList(filter),
                row -> String.valueOf(row.id()));
    }

    public void search() {
        filter.setUnderUnitId(under == null ? null : under.id());
    }

    public void clear() {
        filter = new UnitFilter();
        under = null;
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public UnitType[] getTypes() {
        return UnitType.values();
    }

    /** The filtered list as a spreadsheet; the export is audited. */
    public void export() throws IOException {
        Downloads.xlsx(Texts.get("unitList.title"), COLUMNS, (first, max) -> units.list(filter, first, max),
                count -> auditTrail.exported("OrgUnit", count, filter.describe()));
    }

    public UnitFilter getFilter() {
        return filter;
    }

    public UnitRow getUnder() {
        return under;
    }

    public void setUnder(UnitRow under) {
        this.under = under;
    }

    public PagedList<UnitListRow> getRows() {
        return rows;
    }
}
