package org.jinguo.platform.sensitive;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Tells whether the configured key ({@code jinguo.crypto.key}) is the one the stored values were encrypted with: a
 * known text, encrypted under the key when a database first meets one, is decrypted again on demand (readiness, the
 * start-up, the key rotation). A server started with another key is "not ready" at once, instead of failing on the
 * first ID-card number a user opens.
 */
@Stateless
public class KeyCheck {

    static final String KNOWN = "jinguo key check";

    @PersistenceContext
    EntityManager em;

    @Inject
    FieldCipher cipher;

    @Resource
    SessionContext context;

    /**
     * Whether the stored check value decrypts under the current key; a database without one gets it now. Two servers
     * meeting a new database at once both try to write it: the first one's stays, and the other reads it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean keyFits() {
        List<?> stored = stored();
        if (stored.isEmpty()) {
            try {
                context.getBusinessObject(KeyCheck.class).write();
            } catch (EJBException e) {
                // another server wrote it first (its primary key): read what it wrote
            }
            stored = stored();
        }
        return !stored.isEmpty() && KNOWN.equals(cipher.decryptOrNull((String) stored.get(0)));
    }

    private List<?> stored() {
        return em.createNativeQuery("SELECT cipher FROM key_check WHERE id = 1").getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write() {
        em.createNativeQuery("INSERT INTO key_check (id, cipher, created_at) VALUES (1, ?, ?)")
                .setParameter(1, cipher.encrypt(KNOWN)).setParameter(2, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    /** After a key rotation: the check value under the new key. */
    public void rewrite() {
        em.createNativeQuery("UPDATE key_check SET cipher = ?, created_at = ? WHERE id = 1")
                .setParameter(1, cipher.encrypt(KNOWN)).setParameter(2, Timestamp.from(Instant.now()))
                .executeUpdate();
    }
}
