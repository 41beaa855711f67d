package org.jinguo.admin.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jinguo.person.model.Person;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.Like;
import org.jinguo.platform.scope.DataScope;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.PasswordPolicy;
import org.jinguo.platform.security.Passwords;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.security.Role;
import org.jinguo.platform.security.UserAccount;
import org.jinguo.platform.security.UserDirectory;
import org.jinguo.unit.model.OrgUnit;

/**
 * The users of an administrator's scope: a unit administrator manages the users of her unit and the units
 * below it (create, disable and enable, reset a password). A user's own password is
 * {@link org.jinguo.platform.security.OwnPassword}'s.
 */
@Stateless
@ScopedToCaller
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Passwords passwords;

    @Inject
    UserDirectory directory;

    public List<UserRow> users(String text, int first, int max) {
        admin();
        return conditions(text).list(em, "SELECT u FROM UserAccount u JOIN FETCH u.unit", " ORDER BY u.username",
                        UserAccount.class, first, max).stream()
                .map(u -> new UserRow(u.getId(), u.getUsername(), u.getDisplayName(), u.getUnit().getName(),
                        u.getRoles(), u.isEnabled(), u.getLastSignInAt()))
                .toList();
    }

    public long countUsers(String text) {
        admin();
        return conditions(text).count(em, "SELECT COUNT(u) FROM UserAccount u");
    }

    public long createUser(@NotNull @Valid NewUserForm form) {
        Caller caller = admin();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getUnitId());
        caller.require(Permission.USER_MANAGE, unit.getPath());
        if (form.getRoles().contains(Role.DISTRICT_ADMIN) && !caller.can(Permission.ROLE_DISTRICT_ADMIN_GRANT)) {
            throw new BusinessRuleException("user.roles.notGrantable", "roles");
        }
        Long personId = memberPerson(form, unit);
        String username = form.getUsername().trim();
        if (directory.usernameTaken(username)) {
            throw new BusinessRuleException("user.username.taken", "username");
        }
        PasswordPolicy.violation(username, form.getInitialPassword()).ifPresent(key -> {
            throw new BusinessRuleException(key, "initialPassword");
        });
        UserAccount user = new UserAccount(username, form.getDisplayName().trim(),
                passwords.hash(form.getInitialPassword()), form.getRoles());
        user.setMustChangePassword(true);
        user.assignTo(unit);
        user.linkTo(personId);
        em.persist(user);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessRuleException("user.username.taken", "username"); // taken meanwhile
        }
        return user.getId();
    }

    /** Enables or disables a user; a disabled user loses access with her next request. */
    public void setEnabled(long userId, boolean enabled) {
        Caller caller = admin();
        if (caller.userId() == userId) {
            throw new BusinessRuleException("user.disableSelf", null);
        }
        UserAccount user = Scoped.byId(em, UserAccount.class, userId);
        caller.require(Permission.USER_MANAGE, user.getUnitPath());
        user.setEnabled(enabled);
    }

    /** Sets a temporary password that the user must change at her next sign-in. */
    public void resetPassword(long userId, String temporaryPassword) {
        Caller caller = admin();
        UserAccount user = Scoped.byId(em, UserAccount.class, userId);
        caller.require(Permission.USER_MANAGE, user.getUnitPath());
        PasswordPolicy.violation(user.getUsername(), temporaryPassword).ifPresent(key -> {
            throw new BusinessRuleException(key, "temporaryPassword");
        });
        user.changePassword(passwords.hash(temporaryPassword), true);
    }

    /**
     * A personal account (an executive member's, a volunteer's) is linked to her person record, of the account's unit or below, and
     * a person has at most one account; other accounts are linked to nobody.
     */
    private Long memberPerson(NewUserForm form, OrgUnit unit) {
        if (form.getRoles().contains(Role.PROVIDER)) {
            throw new BusinessRuleException("user.provider.fromProviders", "roles");
        }
        if (form.getRoles().stream().noneMatch(Role::isPersonal)) {
            return null;
        }
        if (form.getPersonId() == null) {
            throw new BusinessRuleException("user.person.required", "person");
        }
        Person person = Scoped.byId(em, Person.class, form.getPersonId());
        if (!DataScope.covers(unit.getPath(), person.getUnitPath())) {
            throw new BusinessRuleException("user.person.otherUnit", "person", unit.getName());
        }
        boolean linked = !em.createQuery("SELECT u.id FROM UserAccount u WHERE u.personId = :person", Long.class)
                .setParameter("person", person.getId()).setMaxResults(1).getResultList().isEmpty();
        if (linked) {
            throw new BusinessRuleException("user.person.hasAccount", "person", person.getName());
        }
        return person.getId();
    }

    private Caller admin() {
        return currentCaller.require(Permission.USER_MANAGE);
    }

    private static Conditions conditions(String text) {
        return new Conditions().addIf(Like.given(text), "(LOWER(u.username) LIKE :text" + Like.ESCAPE
                + " OR LOWER(u.displayName) LIKE :text" + Like.ESCAPE + ")", "text", () -> Like.containing(text));
    }
}
