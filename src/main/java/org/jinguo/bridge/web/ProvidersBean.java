// Longer than 300 lines on purpose: one list of every kind of provider with its two dialogs (the provider itself, and its desk sign-in), each with the pickers its kinds need.
package org.jinguo.bridge.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.bridge.model.ProviderKind;
import org.jinguo.bridge.model.ProviderStatus;
import org.jinguo.bridge.service.ProviderAccountService;
import org.jinguo.bridge.service.ProviderFilter;
import org.jinguo.bridge.service.ProviderForm;
import org.jinguo.bridge.service.ProviderService;
import org.jinguo.bridge.service.ProviderService.ProviderRow;
import org.jinguo.bridge.service.ServiceMenuService;
import org.jinguo.bridge.service.ServiceMenuService.ItemRow;
import org.jinguo.incubation.service.OrganisationService;
import org.jinguo.incubation.service.OrganisationService.OrgRow;
import org.jinguo.person.service.PersonFilter;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;
import org.jinguo.vocabulary.ServiceLine;
import org.primefaces.PrimeFaces;
import org.jinguo.volunteer.service.TeamService;
import org.jinguo.volunteer.service.TeamService.TeamRow;
import org.jinguo.volunteer.service.VolunteerService;
import org.jinguo.volunteer.service.VolunteerService.VolunteerRow;

/**
 * The Bridge's providers (服务提供方): one list of every kind, filtered and exported; registering one (a volunteer,
 * team or organisation picked from its own list, the others named), changing her offer, reviewing, pausing, resuming.
 */
@Named
@ViewScoped
public class ProvidersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static SheetColumns<ProviderRow> columns(boolean english) {
        return SheetColumns.of(ProviderRow.class)
                .column("provider.name", ProviderRow::name)
                .column("provider.kind", ProviderRow::kind)
                .column("provider.items", r -> r.itemNames(english))
                .column("provider.areas", r -> String.join(english ? ", " : "、", r.areas()))
                .column("provider.capacity", ProviderRow::capacity)
                .column("provider.open", ProviderRow::open)
                .column("provider.rating", ProviderRow::rating)
                .column("provider.ratings", ProviderRow::ratings)
                .column("provider.status", ProviderRow::status)
                .column("provider.unit", ProviderRow::unitName);
    }

    @Inject
    ProviderService providers;
    @Inject
    ServiceMenuService menu;
    @Inject
    VolunteerService volunteers;
    @Inject
    TeamService teams;
    @Inject
    OrganisationService organisations;
    @Inject
    PersonService people;
    @Inject
    UnitDirectory units;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditTrail auditTrail;
    @Inject
    BridgeChoices choices;
    @Inject
    ProviderAccountService accounts;

    private ProviderFilter filter = new ProviderFilter();
    private PagedList<ProviderRow> rows;
    private ProviderForm form;
    private UnitRow formUnit;
    private VolunteerRow volunteer;
    private TeamRow team;
    private OrgRow org;
    private PersonRow person;
    private List<SelectItem> areaChoices;
    private List<SelectItem> itemChoices;
    private ProviderRow accountFor;
    private String accountUsername;
    private boolean accountExists;
    private ProviderAccountService.GivenSignIn given;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max, sorting) -> providers.list(filter, first, max, sorting),
                () -> providers.count(filter), row -> String.valueOf(row.id()));
        prepare();
    }

    /** An empty form for a new provider. */
    public void prepare() {
        form = new ProviderForm();
        form.setKind(ProviderKind.VOLUNTEER);
        formUnit = null;
        volunteer = null;
        team = null;
        org = null;
        person = null;
    }

    public void edit(long id) {
        prepare();
        form = providers.editForm(id);
    }

    public void save() {
        form.setUnitId(formUnit == null ? (form.getUnitId() == null ? currentCaller.require().unitId() : form.getUnitId())
                : formUnit.id());
        form.setVolunteerId(volunteer == null ? null : volunteer.id());
        form.setTeamId(team == null ? null : team.id());
        form.setOrgId(org == null ? null : org.id());
        form.setPersonId(person == null ? null : person.id());
        Boolean done = UiActions.attempt("providerForm", () -> {
            if (form.getId() == null) {
                providers.register(form);
                UiActions.info("provider.registered");
            } else {
                providers.update(form);
                UiActions.info("provider.saved");
            }
            return Boolean.TRUE;
        });
        if (done != null) {
            PrimeFaces.current().executeScript("PF('providerDialog').hide()");
            prepare();
        }
    }

    public void changeStatus(long id, String status, long version) {
        UiActions.attempt("providersForm", () -> {
            providers.changeStatus(id, ProviderStatus.valueOf(status), version);
            UiActions.info("provider.status." + status);
        });
    }

    public void clear() {
        filter = new ProviderFilter();
    }

    /** Opens the desk sign-in dialog for a provider organisation: its account's name if it has one. */
    public void chooseForAccount(ProviderRow row) {
        accountFor = row;
        accountUsername = accounts.username(row.id());
        accountExists = accountUsername != null;
        given = null;
    }

    public void openAccount() {
        if (accountFor == null) {
            UiActions.nothingChosen();
            return;
        }
        given = UiActions.attempt("accountForm", () -> accounts.open(accountFor.id(), accountUsername));
        accountExists = given != null;
    }

    public void export() throws IOException {
        Downloads.xlsx(Texts.get("providers.title"), columns(choices.isEnglish()),
                (first, max) -> providers.list(filter, first, max, Sorting.NONE),
                count -> auditTrail.exported("Provider", count, "text=" + (filter.getText() == null ? "" : filter.getText().strip())
                        + " kind=" + filter.getKind() + " status=" + filter.getStatus() + " line=" + filter.getLine()));
    }

    /** The active menu items grouped by line, for the offer's checkboxes. */
    public List<SelectItem> getItemChoices() {
        if (itemChoices == null) {
            boolean english = choices.isEnglish();
            List<ItemRow> items = menu.items(null, false);
            itemChoices = new ArrayList<>();
            for (ServiceLine line : ServiceLine.values()) {
                List<SelectItem> ofLine = items.stream().filter(i -> i.line() == line)
                        .map(i -> new SelectItem(i.id(), i.name(english))).toList();
                if (!ofLine.isEmpty()) {
                    SelectItemGroup group = new SelectItemGroup(Texts.get("serviceLine." + line));
                    group.setSelectItems(ofLine.toArray(SelectItem[]::new));
                    itemChoices.add(group);
                }
            }
        }
        return itemChoices;
    }

    /**
     * The streets, towns, communities and villages of the user's scope, for the areas a provider serves: a choice list
     * rather than a free-text picker, so that whatever is posted either names one of them or is refused as invalid.
     */
    public List<SelectItem> getAreaChoices() {
        if (areaChoices == null) {
            areaChoices = units.search(null, 0, Conditions.MAX_PAGE).stream()
                    .filter(u -> java.util.EnumSet.of(UnitType.STREET, UnitType.TOWN, UnitType.COMMUNITY, UnitType.VILLAGE)
                            .contains(u.type()))
                    .map(u -> new SelectItem(u.id(), u.parentName() == null ? u.name() : u.name() + " · " + u.parentName()))
                    .toList();
        }
        return areaChoices;
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public List<VolunteerRow> completeVolunteer(String query) {
        return volunteers.candidates(null, query);
    }

    public List<TeamRow> completeTeam(String query) {
        return teams.search(query, 20);
    }

    public List<OrgRow> completeOrg(String query) {
        return organisations.search(query, false, 20);
    }

    public List<PersonRow> completePerson(String query) {
        PersonFilter personFilter = new PersonFilter();
        personFilter.setName(query);
        return people.search(personFilter, 0, 20);
    }

    public ProviderRow getAccountFor() {
        return accountFor;
    }

    public String getAccountUsername() {
        return accountUsername;
    }

    public void setAccountUsername(String accountUsername) {
        this.accountUsername = accountUsername;
    }

    public boolean isAccountExists() {
        return accountExists;
    }

    public ProviderAccountService.GivenSignIn getGiven() {
        return given;
    }

    public ProviderFilter getFilter() {
        return filter;
    }

    public PagedList<ProviderRow> getRows() {
        return rows;
    }

    public ProviderForm getForm() {
        return form;
    }

    public UnitRow getFormUnit() {
        return formUnit;
    }

    public void setFormUnit(UnitRow formUnit) {
        this.formUnit = formUnit;
    }

    public VolunteerRow getVolunteer() {
        return volunteer;
    }

    public void setVolunteer(VolunteerRow volunteer) {
        this.volunteer = volunteer;
    }

    public TeamRow getTeam() {
        return team;
    }

    public void setTeam(TeamRow team) {
        this.team = team;
    }

    public OrgRow getOrg() {
        return org;
    }

    public void setOrg(OrgRow org) {
        this.org = org;
    }

    public PersonRow getPerson() {
        return person;
    }

    public void setPerson(PersonRow person) {
        this.person = person;
    }

}
