package org.jinguo.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;
import org.jinguo.admin.service.AccountService;
import org.jinguo.admin.service.NewUserForm;
import org.jinguo.admin.service.UserRow;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.security.Role;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;
import org.primefaces.PrimeFaces;

/** The users of the administrator's scope: list, search, create, disable and enable, reset a password. */
@Named
@ViewScoped
public class UsersBean implements Serializable {

    @Inject
    AccountService accounts;

    @Inject
    UnitDirectory units;

    @Inject
    CurrentUserRoles roles;

    private String searchText;
    private PagedList<UserRow> users;
    @Valid
    @Inject
    PersonService people;

    private NewUserForm newUser = new NewUserForm();
    private UnitRow newUserUnit;
    private PersonRow newUserPerson;
    private UserRow resetTarget;
    private String temporaryPassword;

    @PostConstruct
    void init() {
        users = new PagedList<>((first, max) -> accounts.users(searchText, first, max),
                () -> accounts.countUsers(searchText), row -> String.valueOf(row.id()));
    }

    /** People for an executive member's account. */
    public List<PersonRow> completePerson(String query) {
        return people.candidates(query);
    }

    public PersonRow getNewUserPerson() {
        return newUserPerson;
    }

    public void setNewUserPerson(PersonRow newUserPerson) {
        this.newUserPerson = newUserPerson;
    }

    public List<UnitRow> completeUnit(String query) {
        return units.parentCandidates(query, 20);
    }

    public List<Role> getGrantableRoles() {
        return roles.grantable();
    }

    public void prepareNew() {
        newUser = new NewUserForm();
        newUserUnit = null;
        newUserPerson = null;
    }

    public void create() {
        newUser.setUnitId(newUserUnit == null ? null : newUserUnit.id());
        newUser.setPersonId(newUserPerson == null ? null : newUserPerson.id());
        UiActions.attempt("newUserForm", () -> {
            accounts.createUser(newUser);
            UiActions.info("user.created", newUser.getUsername());
            PrimeFaces.current().executeScript("PF('newUserDialog').hide()");
            prepareNew();
        });
    }

    public void toggle(UserRow row) {
        UiActions.attempt(null, () -> {
            accounts.setEnabled(row.id(), !row.enabled());
            UiActions.info(row.enabled() ? "user.disabled" : "user.enabled", row.username());
        });
    }

    public void prepareReset(UserRow row) {
        resetTarget = row;
        temporaryPassword = null;
    }

    public void reset() {
        if (resetTarget == null) {
            UiActions.nothingChosen();
            return;
        }
        UiActions.attempt("resetForm", () -> {
            accounts.resetPassword(resetTarget.id(), temporaryPassword);
            UiActions.info("user.passwordReset", resetTarget.username());
            PrimeFaces.current().executeScript("PF('resetDialog').hide()");
        });
    }

    public String rolesLabel(UserRow row) {
        return String.join("、", row.roles().stream().sorted().map(r -> Texts.get("role." + r.name())).toList());
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public PagedList<UserRow> getUsers() {
        return users;
    }

    public NewUserForm getNewUser() {
        return newUser;
    }

    public UnitRow getNewUserUnit() {
        return newUserUnit;
    }

    public void setNewUserUnit(UnitRow newUserUnit) {
        this.newUserUnit = newUserUnit;
    }

    public UserRow getResetTarget() {
        return resetTarget;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}
