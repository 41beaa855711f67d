package org.jinguo.platform.scope;

import jakarta.persistence.EntityManager;
import org.jinguo.platform.errors.RecordNotFoundException;

/**
 * Loading one record by id, the way every service does it: through a JPQL query, so that the data
 * scope's criteria apply (a bare {@code em.find} could be answered from a cache). A record outside the
 * scope is reported exactly like a missing one.
 */
public final class Scoped {

    private Scoped() {
    }

    public static <T> T byId(EntityManager em, Class<T> type, Long id) {
        if (id == null) {
            throw new RecordNotFoundException();
        }
        String entity = em.getMetamodel().entity(type).getName();
        return em.createQuery("SELECT e FROM " + entity + " e WHERE e.id = :id", type)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(RecordNotFoundException::new);
    }
}
