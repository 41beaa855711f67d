package org.jinguo.childcare.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jinguo.childcare.service.CaseFilter;
import org.jinguo.childcare.service.CaseRegistry;
import org.jinguo.childcare.service.CaseRegistry.CaseRow;
import org.jinguo.platform.web.PagedList;
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
