package org.jinguo.purchase.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.incubation.service.OrganisationService.OrgRow;
import org.jinguo.incubation.service.OrganisationService;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.purchase.service.ContractFilter;
import org.jinguo.purchase.service.ContractForm;
import org.jinguo.purchase.service.ContractService.ContractRow;
import org.jinguo.purchase.service.ContractService;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/** Purchase-of-services contracts (购买服务): filter, sort, progress bars, export, and sign a new one. */
@Named
@ViewScoped
public class ContractsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The contracts as a spreadsheet shows them, money as numbers. */
    static final SheetColumns<ContractRow> COLUMNS = SheetColumns.of(ContractRow.class)
            .column("contract.title", ContractRow::title)
            .column("contract.unit", ContractRow::unitName)
            .column("contract.provider", ContractRow::providerName)
            .column("contract.programme", ContractRow::programme)
            .column("contract.measure", ContractRow::measure)
            .column("contract.quantity", ContractRow::quantity)
            .column("contract.delivered", ContractRow::delivered)
            .column("contract.budget", ContractRow::budget)
            .column("contract.spent", ContractRow::spent)
            .column("contract.startsOn", ContractRow::startsOn)
            .column("contract.endsOn", ContractRow::endsOn)
            .column("contract.status", ContractRow::status);

    @Inject
    ContractService contracts;
    @Inject
    OrganisationService organisations;
    @Inject
    UnitDirectory units;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditTrail auditTrail;

    private ContractFilter filter = new ContractFilter();
    private UnitRow under;
    private PagedList<ContractRow> rows;
    private ContractForm form = new ContractForm();
    private UnitRow formUnit;
    private OrgRow provider;

    @PostConstruct
    void init() {
        form.setSignedOn(Beijing.today());
        form.setStartsOn(Beijing.today());
        form.setEndsOn(Beijing.today().plusYears(1).minusDays(1));
        rows = new PagedList<>((first, max, sorting) -> contracts.list(filter(), first, max, sorting),
                () -> contracts.count(filter()), row -> String.valueOf(row.id()));
    }

    private ContractFilter filter() {
        filter.setUnitId(under == null ? null : under.id());
        return filter;
    }

    public void clear() {
        filter = new ContractFilter();
        under = null;
    }

    public String create() {
        form.setUnitId(formUnit == null ? currentCaller.require().unitId() : formUnit.id());
        form.setProviderId(provider == null ? null : provider.id());
        return UiActions.attempt("contractForm", () -> {
            long id = contracts.create(form);
            UiActions.info("contract.created", form.getTitle());
            return "/purchase/contract?faces-redirect=true&id=" + id;
        });
    }

    public void export() throws IOException {
        Downloads.xlsx(Texts.get("contracts.title"), COLUMNS, (first, max) -> contracts.list(filter(), first, max, Sorting.NONE),
                count -> auditTrail.exported("ServiceContract", count, "text=" + (filter.getText() == null ? "" : filter.getText().strip())
                        + " status=" + filter.getStatus() + " under=" + filter.getUnitId()));
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public List<OrgRow> completeProvider(String query) {
        return organisations.search(query, false, 20);
    }

    public ContractFilter getFilter() {
        return filter;
    }

    public UnitRow getUnder() {
        return under;
    }

    public void setUnder(UnitRow under) {
        this.under = under;
    }

    public PagedList<ContractRow> getRows() {
        return rows;
    }

    public ContractForm getForm() {
        return form;
    }

    public UnitRow getFormUnit() {
        return formUnit;
    }

    public void setFormUnit(UnitRow formUnit) {
        this.formUnit = formUnit;
    }

    public OrgRow getProvider() {
        return provider;
    }

    public void setProvider(OrgRow provider) {
        this.provider = provider;
    }
}
