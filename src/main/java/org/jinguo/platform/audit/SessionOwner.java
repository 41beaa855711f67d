package org.jinguo.platform.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * Who a signed-in session belongs to, kept in the session so that its end can be audited even when
 * nobody signs out: an idle timeout, or a disabled account's session being ended. An explicit
 * sign-out removes it first (that is audited as itself).
 */
public record SessionOwner(long userId, String username, Long unitId, String unitPath, String address)
        implements Serializable {

    /** The session attribute that holds it. */
    public static final String ATTRIBUTE = SessionOwner.class.getName();

    /** The audit entry for the end of the session, {@code how} saying why it ended. */
    public AuditRecord ended(String how) {
        return new AuditRecord(Instant.now(), AuditAction.SIGN_OUT, new AuditActor(username, unitId, address), unitPath,
                "UserAccount", userId, how);
    }
}
