package org.jinguo.incubation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.incubation.model.SupportKind;
import org.jinguo.incubation.service.OrganisationService.OrgRow;
import org.jinguo.incubation.service.OrganisationService;
import org.jinguo.incubation.service.SupportForm;
import org.jinguo.incubation.service.SupportService.SupportRow;
import org.jinguo.incubation.service.SupportService;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;

/** The log of support the base gave organisations (基地服务 · 支持记录): filtered by kind and period, recorded, exported. */
@Named
@ViewScoped
public class SupportLogBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The support given as a spreadsheet shows it, amounts as numbers. */
    static final SheetColumns<SupportRow> COLUMNS = SheetColumns.of(SupportRow.class)
            .column("support.givenOn", SupportRow::givenOn)
            .column("booking.org", SupportRow::orgName)
            .column("support.kind", SupportRow::kind)
            .column("support.description", SupportRow::description)
            .column("support.amount", SupportRow::amount)
            .column("support.recordedBy", SupportRow::recordedBy);

    @Inject
    SupportService support;
    @Inject
    OrganisationService organisations;
    @Inject
    AuditTrail auditTrail;

    private SupportKind kind;
    private LocalDate supportFrom = Beijing.today().withDayOfYear(1);
    private LocalDate supportTo = Beijing.today();
    private PagedList<SupportRow> supports;
    private SupportForm supportForm = new SupportForm();
    private OrgRow supportOrg;

    @PostConstruct
    void init() {
        supports = new PagedList<>((first, max) -> support.supports(null, kind, supportFrom, supportTo, first, max),
                () -> support.countSupports(null, kind, supportFrom, supportTo), row -> String.valueOf(row.id()));
        supportForm.setGivenOn(Beijing.today());
    }

    public void recordSupport() {
        supportForm.setOrgId(supportOrg == null ? null : supportOrg.id());
        UiActions.attempt("supportForm", () -> {
            if (supportOrg == null) {
                throw new BusinessRuleException("support.org.required", "org");
            }
            support.record(supportForm);
            UiActions.info("support.recorded");
            supportForm = new SupportForm();
            supportForm.setGivenOn(Beijing.today());
            supportOrg = null;
        });
    }

    public void exportSupports() throws IOException {
        Downloads.xlsx(Texts.get("support.title"), COLUMNS,
                (first, max) -> support.supports(null, kind, supportFrom, supportTo, first, max),
                count -> auditTrail.exported("Support", count, "kind=" + kind + " from=" + supportFrom + " to=" + supportTo));
    }

    public List<OrgRow> completeOrg(String query) {
        return organisations.search(query, false, 20);
    }

    public SupportKind getKind() {
        return kind;
    }

    public void setKind(SupportKind kind) {
        this.kind = kind;
    }

    public LocalDate getSupportFrom() {
        return supportFrom;
    }

    public void setSupportFrom(LocalDate supportFrom) {
        this.supportFrom = supportFrom;
    }

    public LocalDate getSupportTo() {
        return supportTo;
    }

    public void setSupportTo(LocalDate supportTo) {
        this.supportTo = supportTo;
    }

    public PagedList<SupportRow> getSupports() {
        return supports;
    }

    public SupportForm getSupportForm() {
        return supportForm;
    }

    public OrgRow getSupportOrg() {
        return supportOrg;
    }

    public void setSupportOrg(OrgRow supportOrg) {
        this.supportOrg = supportOrg;
    }
}
