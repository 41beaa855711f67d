package org.jinguo.platform.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jinguo.platform.audit.AuditAction;
import org.jinguo.platform.audit.AuditActor;
import org.jinguo.platform.audit.AuditRecord;
import org.jinguo.platform.audit.AuditWriter;
import org.jinguo.platform.config.Settings;
import org.jinguo.platform.scope.SystemScoped;

/**
 * Looks users up across all units, for sign-in and for building the {@link Caller} of a request.
 * Nothing here takes input from a page other than the credentials being checked.
 */
@Stateless
@SystemScoped
public class UserDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Settings settings;

    @Inject
    AddressThrottle throttle;

    /** The signed-in user with this name, if she exists and is enabled. */
    public Optional<Caller> caller(String username) {
        Instant now = Instant.now();
        return enabledUser(username).map(user -> user.toCaller(now, settings.passwordMaxAge()));
    }

    /**
     * Checks the credentials; records the sign-in or the failure. After {@code jinguo.lockout.attempts}
     * wrong passwords in a row the account refuses every password for {@code jinguo.lockout.minutes}.
     * Unknown, disabled and locked accounts take as long and answer the same as a wrong password.
     * Every attempt is written to the audit trail with the reason of a failure.
     */
    public Optional<Caller> signIn(String username, String password, String from) {
        Instant now = Instant.now();
        Optional<UserAccount> found = enabledUser(username);
        if (found.isEmpty()) {
            passwords.matchNothing(password);
            audit(now, AuditAction.SIGN_IN_FAILED, username == null ? "" : username.trim(), null, from, "unknown");
            throttle.count(AddressThrottle.Kind.SIGN_IN_FAILURE, from);
            return Optional.empty();
        }
        UserAccount user = found.get();
        if (user.lockedAt(now)) {
            passwords.matchNothing(password);
            audit(now, AuditAction.SIGN_IN_FAILED, user, from, "locked");
            throttle.count(AddressThrottle.Kind.SIGN_IN_FAILURE, from);
            return Optional.empty();
        }
        // The password is checked first, holding no lock: the hash takes long by design (and longer on a busy
        // server), and one account signed in from several desks at once must not queue behind it. Only then is
        // the account's row locked, read afresh and the outcome recorded: a few milliseconds until the commit, so
        // concurrent sign-ins of one account take turns briefly and parallel guesses still count one by one.
        boolean right = passwords.matches(password, user.getPasswordHash());
        em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
        if (user.lockedAt(now)) { // locked by guesses that finished meanwhile
            audit(now, AuditAction.SIGN_IN_FAILED, user, from, "locked");
            throttle.count(AddressThrottle.Kind.SIGN_IN_FAILURE, from);
            return Optional.empty();
        }
        if (!right) {
            user.signInFailed(now, settings.lockoutAttempts(), settings.lockoutDuration());
            audit(now, AuditAction.SIGN_IN_FAILED, user, from, user.lockedAt(now) ? "password; locked" : "password");
            throttle.count(AddressThrottle.Kind.SIGN_IN_FAILURE, from);
            return Optional.empty();
        }
        user.signedIn(now, from);
        audit(now, AuditAction.SIGN_IN, user, from, null);
        return Optional.of(user.toCaller(now, settings.passwordMaxAge()));
    }

    /**
     * A wrong current password given to change one's own password: counted with the sign-in failures (the same
     * lockout) and audited, in a transaction of its own, which the refusal of the change does not undo.
     * Whether the account is now locked.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean currentPasswordWrong(long userId, String from) {
        Instant now = Instant.now();
        UserAccount user = em.find(UserAccount.class, userId, LockModeType.PESSIMISTIC_WRITE);
        user.signInFailed(now, settings.lockoutAttempts(), settings.lockoutDuration());
        boolean locked = user.lockedAt(now);
        audit(now, AuditAction.SIGN_IN_FAILED, user, from, locked ? "current password; locked" : "current password");
        throttle.count(AddressThrottle.Kind.SIGN_IN_FAILURE, from);
        return locked;
    }

    /** Whether any account, enabled or not, has this name: names are never reused. */
    public boolean usernameTaken(String username) {
        return !em.createQuery("SELECT u.id FROM UserAccount u WHERE u.username = :name", Long.class)
                .setParameter("name", username)
                .getResultList().isEmpty();
    }

    private static void audit(Instant now, AuditAction action, UserAccount user, String from, String detail) {
        audit(now, action, user.getUsername(), user, from, detail);
    }

    /** Sign-ins are recorded under the account's unit; attempts on unknown names under no unit. */
    private static void audit(Instant now, AuditAction action, String username, UserAccount user, String from,
                              String detail) {
        Long unitId = user == null ? null : user.getUnit().getId();
        AuditWriter.write(new AuditRecord(now, action, new AuditActor(username, unitId, from),
                user == null ? null : user.getUnitPath(), user == null ? null : "UserAccount",
                user == null ? null : user.getId(), detail));
    }

    private Optional<UserAccount> enabledUser(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        List<UserAccount> users = em.createQuery(
                        "SELECT u FROM UserAccount u JOIN FETCH u.unit WHERE u.username = :name AND u.enabled = TRUE",
                        UserAccount.class)
                .setParameter("name", username.trim())
                .getResultList();
        return users.stream().findFirst();
    }
}
