package org.jinguo.childcare.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.childcare.service.CaseFilter;
import org.jinguo.childcare.service.CaseRegistry;
import org.jinguo.childcare.service.CaseRegistry.CaseRow;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/**
 * The children's cases the user may open (困境儿童个案): a supervisor's all of her reach, a caseworker's or counsellor's
 * those she is on the team of. Under pseudonyms; a real name finds a child only for those who may see her identity.
 */
@Named
@ViewScoped
public class CasesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseRegistry registry;
    @Inject
    UnitDirectory units;
    @Inject
    AuditTrail auditTrail;

    /** The cases as a spreadsheet holds them: pseudonyms only, no identity, no facts, no notes. */
    static final SheetColumns<CaseRow> COLUMNS = SheetColumns.of(CaseRow.class)
            .column("case.caseNo", CaseRow::caseNo)
            .column("case.pseudonym", CaseRow::pseudonym)
            .column("case.category", CaseRow::category)
            .column("case.status", CaseRow::status)
            .column("case.risk", CaseRow::risk)
            .column("case.nextDue", CaseRow::nextDue)
            .column("case.overdue", r -> r.overdue() ? SheetColumns.label("case.overdue") : null)
            .column("case.caseworkers", CaseRow::caseworkers)
            .column("case.unit", CaseRow::unitName);

    private CaseFilter filter = new CaseFilter();
    private UnitRow under;
    private PagedList<CaseRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max) -> registry.list(filter(), first, max), () -> registry.count(filter()),
                row -> String.valueOf(row.id()));
    }

    private CaseFilter filter() {
        filter.setUnitId(under == null ? null : under.id());
        return filter;
    }

    public void clear() {
        filter = new CaseFilter();
        under = null;
    }

    /**
     * Exports the filtered list, audited. A real name searched for is not written to the trail: the filter says only
     * that one was given.
     */
    public void export() throws IOException {
        Downloads.xlsx(Texts.get("cases.title"), COLUMNS, (first, max) -> registry.list(filter(), first, max),
                count -> auditTrail.exported("ChildCase", count, "text=" + (filter.getText() == null ? "" : filter.getText().strip())
                        + " realName=" + (filter.getRealName() == null || filter.getRealName().isBlank() ? "" : "(given)")
                        + " category=" + filter.getCategory() + " risk=" + filter.getRisk() + " status=" + filter.getStatus()
                        + " due=" + filter.isDueOnly() + " under=" + filter.getUnitId()));
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public CaseFilter getFilter() {
        return filter;
    }

    public UnitRow getUnder() {
        return under;
    }

    public void setUnder(UnitRow under) {
        this.under = under;
    }

    public PagedList<CaseRow> getRows() {
        return rows;
    }
}
