package org.jinguo.bridge.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Optional;
import org.jinguo.bridge.model.Provider;
import org.jinguo.bridge.model.ProviderKind;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Passwords;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.security.Role;
import org.jinguo.platform.security.TemporaryPasswords;
import org.jinguo.platform.security.UserAccount;
import org.jinguo.platform.security.UserDirectory;

/**
 * The desk sign-in of a provider organisation (a social organisation, a contracted provider, a partner institution, a
 * neighbour): opened by the staff who keep the provider, with the role PROVIDER and linked to the provider, so that
 * it sees only the orders dispatched to that provider. A volunteer or team acts through the volunteer's own portal
 * instead. The temporary password is shown once, to pass on, and must be changed at the first sign-in.
 */
@Stateless
@ScopedToCaller
public class ProviderAccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    UserDirectory directory;

    @Inject
    Passwords passwords;

    /** A sign-in given: the user name and the temporary password to pass on. */
    public record GivenSignIn(String username, String temporaryPassword) implements Serializable {
    }

    /** The user name of the provider's desk account, or null when it has none. */
    public String username(long providerId) {
        currentCaller.require(Permission.RECORD_VIEW);
        Provider provider = Scoped.byId(em, Provider.class, providerId);
        return accountOf(provider).map(UserAccount::getUsername).orElse(null);
    }

    public GivenSignIn open(long providerId,
                            @NotNull @Pattern(regexp = "[A-Za-z0-9_.-]{3,50}", message = "{volunteer.username.invalid}") String username) {
        Caller caller = currentCaller.require(Permission.RECORD_VIEW);
        Provider provider = Scoped.byId(em, Provider.class, providerId);
        caller.require(Permission.RECORD_EDIT, provider.getUnitPath());
        if (provider.getKind() == ProviderKind.VOLUNTEER || provider.getKind() == ProviderKind.TEAM) {
            throw new BusinessRuleException("bridge.account.volunteerPortal", "username");
        }
        if (accountOf(provider).isPresent()) {
            throw new BusinessRuleException("portalAccount.exists.already", "username");
        }
        String name = username.strip();
        if (directory.usernameTaken(name)) {
            throw new BusinessRuleException("user.username.taken", "username");
        }
        String temporary = TemporaryPasswords.forUser(name);
        UserAccount account = new UserAccount(name, provider.getName(), passwords.hash(temporary), EnumSet.of(Role.PROVIDER));
        account.setMustChangePassword(true);
        account.assignTo(provider.getUnit());
        account.actFor(provider.getId());
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessRuleException("user.username.taken", "username"); // taken meanwhile
        }
        return new GivenSignIn(name, temporary);
    }

    private Optional<UserAccount> accountOf(Provider provider) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.providerId = :provider", UserAccount.class)
                .setParameter("provider", provider.getId()).setMaxResults(1).getResultStream().findFirst();
    }
}
