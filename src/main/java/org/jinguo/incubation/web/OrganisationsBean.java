package org.jinguo.incubation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.incubation.model.Stage;
import org.jinguo.incubation.service.OrgFilter;
import org.jinguo.incubation.service.OrgForm;
import org.jinguo.incubation.service.OrganisationService.OrgRow;
import org.jinguo.incubation.service.OrganisationService;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;
import org.jinguo.volunteer.service.TeamService.TeamRow;
import org.jinguo.volunteer.service.TeamService;

/** Social organisations (社会组织): filter, sort, export, and receive an application. */
@Named
@ViewScoped
public class OrganisationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The organisations as a spreadsheet shows them. */
    static final SheetColumns<OrgRow> COLUMNS = SheetColumns.of(OrgRow.class)
            .column("org.name", OrgRow::name)
            .column("org.unit", OrgRow::unitName)
            .column("org.kind", OrgRow::kind)
            .column("org.legalStatus", OrgRow::legalStatus)
            .column("org.stage", OrgRow::stage)
            .column("org.stageSince", OrgRow::stageSince)
            .column("org.appliedOn", OrgRow::appliedOn)
            .column("org.contact", OrgRow::contactName)
            .column("org.originTeam", OrgRow::originTeam);

    @Inject
    OrganisationService organisations;
    @Inject
    UnitDirectory units;
    @Inject
    PersonService people;
    @Inject
    TeamService teams;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditTrail auditTrail;

    private OrgFilter filter = new OrgFilter();
    private UnitRow under;
    private String stage;
    private PagedList<OrgRow> rows;
    private OrgForm form = new OrgForm();
    private UnitRow formUnit;
    private PersonRow contact;
    private TeamRow originTeam;

    @PostConstruct
    void init() {
        form.setAppliedOn(Beijing.today());
        rows = new PagedList<>((first, max, sorting) -> organisations.list(filter(), first, max, sorting),
                () -> organisations.count(filter()), row -> String.valueOf(row.id()));
    }

    /** The stage a link from the board asks for (a view parameter). */
    public void applyStageParameter() {
        if (stage != null && !stage.isBlank()) {
            try {
                filter.setStage(Stage.valueOf(stage));
            } catch (IllegalArgumentException ignored) {
                // an unknown stage in the address filters nothing
            }
        }
    }

    private OrgFilter filter() {
        filter.setUnitId(under == null ? null : under.id());
        return filter;
    }

    public void clear() {
        filter = new OrgFilter();
        under = null;
    }

    public String apply() {
        form.setUnitId(formUnit == null ? currentCaller.require().unitId() : formUnit.id());
        form.setContactId(contact == null ? null : contact.id());
        form.setOriginTeamId(originTeam == null ? null : originTeam.id());
        return UiActions.attempt("orgForm", () -> {
            long id = organisations.apply(form);
            UiActions.info("org.applied", form.getName());
            return "/incubation/organisation?faces-redirect=true&id=" + id;
        });
    }

    public void export() throws IOException {
        Downloads.xlsx(Texts.get("orgs.title"), COLUMNS, (first, max) -> organisations.list(filter(), first, max, Sorting.NONE),
                count -> auditTrail.exported("SocialOrg", count, "text=" + (filter.getText() == null ? "" : filter.getText().strip())
                        + " stage=" + filter.getStage() + " under=" + filter.getUnitId()));
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public List<PersonRow> completePerson(String query) {
        return people.candidates(query);
    }

    public List<TeamRow> completeTeam(String query) {
        return teams.search(query, 20);
    }

    /** A new organisation's team is always one the user picks (org-fields.xhtml asks). */
    public boolean isOriginTeamElsewhere() {
        return false;
    }

    public String getOriginTeamName() {
        return null;
    }

    public OrgFilter getFilter() {
        return filter;
    }

    public UnitRow getUnder() {
        return under;
    }

    public void setUnder(UnitRow under) {
        this.under = under;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public PagedList<OrgRow> getRows() {
        return rows;
    }

    public OrgForm getForm() {
        return form;
    }

    public UnitRow getFormUnit() {
        return formUnit;
    }

    public void setFormUnit(UnitRow formUnit) {
        this.formUnit = formUnit;
    }

    public PersonRow getContact() {
        return contact;
    }

    public void setContact(PersonRow contact) {
        this.contact = contact;
    }

    public TeamRow getOriginTeam() {
        return originTeam;
    }

    public void setOriginTeam(TeamRow originTeam) {
        this.originTeam = originTeam;
    }
}
