package org.jinguo.platform.sensitive;

import jakarta.ejb.Stateless;
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

    /** Whether the stored check value decrypts under the current key; a database without one gets it now. */
    public boolean keyFits() {
        List<?> stored = em.createNativeQuery("SELECT cipher FROM key_check WHERE id = 1").getResultList();
        if (stored.isEmpty()) {
            em.createNativeQuery("INSERT INTO key_check (id, cipher, created_at) VALUES (1, ?, ?)")
                    .setParameter(1, cipher.encrypt(KNOWN)).setParameter(2, Timestamp.from(Instant.now()))
                    .executeUpdate();
            return true;
        }
        return KNOWN.equals(cipher.decryptOrNull((String) stored.get(0)));
    }

    /** After a key rotation: the check value under the new key. */
    public void rewrite() {
        em.createNativeQuery("UPDATE key_check SET cipher = ?, created_at = ? WHERE id = 1")
                .setParameter(1, cipher.encrypt(KNOWN)).setParameter(2, Timestamp.from(Instant.now()))
                .executeUpdate();
    }
}
