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
import org.jinguo.platform.web.Texts;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.OrgUnitService;
import org.jinguo.unit.service.UnitFilter;
import org.jinguo.unit.service.UnitListRow;
import org.jinguo.unit.service.UnitRow;

/** The list of units (单位列表): filter by name, kind and subtree, page, export with what each covers. */
@Named
@ViewScoped
public class UnitListBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_PAGE = 1000;

    @Inject
    OrgUnitService units;

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
        search();
        List<String> headers = List.of(Texts.get("unit.name"), Texts.get("unit.type"), Texts.get("unit.parent"),
                Texts.get("unit.womenCount"), Texts.get("unit.enterpriseCount"), Texts.get("unit.womenEmployeeCount"),
                Texts.get("unit.memberBodyCount"), Texts.get("unit.address"), Texts.get("unit.contactName"),
                Texts.get("unit.contactPhone"));
        Downloads.xlsx(Texts.get("unitList.title"), headers, sheet -> {
            Downloads.eachRow((first, max) -> units.list(filter, first, max), EXPORT_PAGE,
                    row -> sheet.row(row.name(), Texts.get("unitType." + row.type()), row.parentName(), row.womenCount(),
                            row.enterpriseCount(), row.womenEmployeeCount(), row.memberBodyCount(), row.address(),
                            row.contactName(), row.contactPhone()));
            return sheet.dataRows();
        }, count -> auditTrail.exported("OrgUnit", count, filter.describe()));
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
