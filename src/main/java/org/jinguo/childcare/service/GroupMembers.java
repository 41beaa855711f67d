package org.jinguo.childcare.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jinguo.platform.scope.SystemScoped;

/**
 * The other children of a group series, by pseudonym only: what a group's page shows of them to the team of each
 * child in it, whatever their units. Nothing else of their cases is read.
 */
@Stateless
@SystemScoped
public class GroupMembers {

    @PersistenceContext
    EntityManager em;

    /** The pseudonyms of the children of the series other than the child of case {@code caseId}. */
    public List<String> others(long seriesId, long caseId) {
        return em.createQuery("SELECT DISTINCT c.pseudonym FROM ChildCase c WHERE c.id <> :c AND c.id IN"
                        + " (SELECT s.caseId FROM CounsellingSession s WHERE s.seriesId = :s) ORDER BY c.pseudonym", String.class)
                .setParameter("c", caseId).setParameter("s", seriesId).getResultList();
    }
}
