package org.jinguo.platform.security;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;

/**
 * The signed-in user changes her own password: the current one must match, the new one must follow the
 * {@link PasswordPolicy} and differ from the current one. Wrong current passwords count towards the lockout. Managing other users' accounts is the
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

    @Inject
    UserDirectory directory;

    @Inject
    Instance<HttpServletRequest> request;

    public void change(String currentPassword, String newPassword) {
        Caller caller = currentCaller.require();
        UserAccount me = Scoped.byId(em, UserAccount.class, caller.userId());
        if (me.lockedAt(Instant.now())) {
            passwords.matchNothing(currentPassword);
            throw new BusinessRuleException("password.locked", "currentPassword");
        }
        if (currentPassword == null || !passwords.matches(currentPassword, me.getPasswordHash())) {
            // counted like a wrong password at sign-in: someone at an unlocked desk cannot guess without limit
            boolean locked = directory.currentPasswordWrong(me.getId(), address());
            throw new BusinessRuleException(locked ? "password.locked" : "password.currentWrong", "currentPassword");
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

    private String address() {
        try {
            return request.get().getRemoteAddr();
        } catch (RuntimeException noRequest) {
            return null;
        }
    }
}
