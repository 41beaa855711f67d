package org.jinguo.platform.audit;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Carries the actor of a transaction to the code that writes its audit entries at commit, when the
 * service call that started it (and its request) may already have returned. The actor is a resource
 * of the JTA transaction: bound once by the first scoped service call, gone with the transaction.
 */
public final class AuditContext {

    private static final String KEY = AuditContext.class.getName() + ".actor";

    private AuditContext() {
    }

    /** Binds {@code actor} to the current transaction unless one is bound already. */
    public static void bind(AuditActor actor) {
        TransactionSynchronizationRegistry registry = registry();
        if (registry != null && registry.getTransactionStatus() == Status.STATUS_ACTIVE
                && registry.getResource(KEY) == null) {
            registry.putResource(KEY, actor);
        }
    }

    /** The actor of the current transaction; {@link AuditActor#SYSTEM} when none was bound. */
    public static AuditActor actor() {
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null || registry.getTransactionKey() == null) {
            return AuditActor.SYSTEM;
        }
        Object actor = registry.getResource(KEY);
        return actor instanceof AuditActor known ? known : AuditActor.SYSTEM;
    }

    /** The server's one registry, looked up once: this runs on every service call and every write. */
    private static volatile TransactionSynchronizationRegistry registry;

    private static TransactionSynchronizationRegistry registry() {
        if (registry == null) {
            try {
                registry = (TransactionSynchronizationRegistry) new InitialContext()
                        .lookup("java:comp/TransactionSynchronizationRegistry");
            } catch (NamingException e) {
                return null;
            }
        }
        return registry;
    }
}
