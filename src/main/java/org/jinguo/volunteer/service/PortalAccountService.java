package org.jinguo.volunteer.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Passwords;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.security.TemporaryPasswords;
import org.jinguo.platform.security.Role;
import org.jinguo.platform.security.UserAccount;
import org.jinguo.platform.security.UserDirectory;
import org.jinguo.volunteer.model.Volunteer;

/**
 * A volunteer's sign-in to her portal, given by the staff who keep her record: they open one for a volunteer they
 * registered (she did not sign up herself), and give her a new password when she has forgotten hers. Either way
 * she gets a temporary password, shown once to the staff member to pass on, which she must change at her first
 * sign-in. Only a volunteer's own account is touched this way: an account with any other role is the
 * administrators' (user management), so that no one reaches a colleague's password through a volunteer record.
 */
@Stateless
@ScopedToCaller
public class PortalAccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    UserDirectory directory;

    @Inject
    Passwords passwords;

    /** Her portal account as the volunteer page shows it; {@code username} null when she has none. */
    public record PortalAccess(String username, boolean volunteerOnly, boolean enabled, boolean locked,
                               boolean mustChangePassword) implements Serializable {

        public boolean exists() {
            return username != null;
        }
    }

    /** A sign-in given: the user name and the temporary password to pass on to her. */
    public record GivenSignIn(String username, String temporaryPassword) implements Serializable {
    }

    public PortalAccess access(long volunteerId) {
        currentCaller.require(Permission.RECORD_VIEW);
        Volunteer volunteer = Scoped.byId(em, Volunteer.class, volunteerId);
        return accountOf(volunteer).map(a -> new PortalAccess(a.getUsername(), volunteerOnly(a), a.isEnabled(),
                        a.lockedAt(Instant.now()), a.isMustChangePassword()))
                .orElse(new PortalAccess(null, true, false, false, false));
    }

    /** Opens her portal account under the name given; she has none yet. */
    public GivenSignIn open(long volunteerId,
                            @NotNull @Pattern(regexp = "[A-Za-z0-9_.-]{3,50}", message = "{volunteer.username.invalid}") String username) {
        Caller caller = currentCaller.require(Permission.RECORD_VIEW);
        Volunteer volunteer = Scoped.byId(em, Volunteer.class, volunteerId);
        caller.require(Permission.RECORD_EDIT, volunteer.getUnitPath());
        if (accountOf(volunteer).isPresent()) {
            throw new BusinessRuleException("portalAccount.exists.already", "username");
        }
        String name = username.strip();
        if (directory.usernameTaken(name)) {
            throw new BusinessRuleException("user.username.taken", "username");
        }
        String temporary = temporaryPassword(name);
        UserAccount account = new UserAccount(name, volunteer.getPerson().getName(), passwords.hash(temporary),
                EnumSet.of(Role.VOLUNTEER));
        account.setMustChangePassword(true);
        account.assignTo(volunteer.getUnit());
        account.linkTo(volunteer.getPerson().getId());
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessRuleException("user.username.taken", "username"); // taken meanwhile
        }
        return new GivenSignIn(name, temporary);
    }

    /** She forgot her password: a new temporary one, which also lifts a lock after too many wrong ones. */
    public GivenSignIn resetPassword(long volunteerId) {
        Caller caller = currentCaller.require(Permission.RECORD_VIEW);
        Volunteer volunteer = Scoped.byId(em, Volunteer.class, volunteerId);
        caller.require(Permission.RECORD_EDIT, volunteer.getUnitPath());
        UserAccount account = accountOf(volunteer)
                .orElseThrow(() -> new BusinessRuleException("portalAccount.noneYet", null));
        if (!volunteerOnly(account)) {
            throw new BusinessRuleException("portalAccount.notVolunteersOnly", null);
        }
        String temporary = temporaryPassword(account.getUsername());
        account.changePassword(passwords.hash(temporary), true);
        account.unlock();
        em.flush();
        return new GivenSignIn(account.getUsername(), temporary);
    }

    private Optional<UserAccount> accountOf(Volunteer volunteer) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.personId = :person", UserAccount.class)
                .setParameter("person", volunteer.getPerson().getId()).setMaxResults(1).getResultStream().findFirst();
    }

    private static boolean volunteerOnly(UserAccount account) {
        return account.getRoles().equals(EnumSet.of(Role.VOLUNTEER));
    }

    /** Ten random letters and digits, with at least one of each kind the policy asks for. */
    static String temporaryPassword(String username) {
        return TemporaryPasswords.forUser(username);
    }
}
