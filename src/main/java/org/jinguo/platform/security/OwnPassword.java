package org.jinguo.platform.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;

/**
 * The signed-in user changes her own password: the current one must match, the new one must follow the
 * {@link PasswordPolicy} and differ from the current one. Managing other users' accounts is the
 * administration feature's (org.jinguo.admin).
 */
@Stateless
@ScopedToCaller
public class OwnPassword {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Passwords passwords;

    public void change(String currentPassword, String newPassword) {
        Caller caller = currentCaller.require();
        UserAccount me = Scoped.byId(em, UserAccount.class, caller.userId());
        if (currentPassword == null || !passwords.matches(currentPassword, me.getPasswordHash())) {
            throw new BusinessRuleException("password.currentWrong", "currentPassword");
        }
        PasswordPolicy.violation(me.getUsername(), newPassword).ifPresent(key -> {
            throw new BusinessRuleException(key, "newPassword");
        });
        if (passwords.matches(newPassword, me.getPasswordHash())) {
            throw new BusinessRuleException("password.sameAsCurrent", "newPassword");
        }
        me.changePassword(passwords.hash(newPassword), false);
        currentCaller.refresh();
    }
}
