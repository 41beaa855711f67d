package org.jinguo.notice.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jinguo.notice.model.NoticeRecipient;
import org.jinguo.person.service.PersonMerge;

/**
 * When two records of one person are merged, the notices sent to the duplicate become the kept record's;
 * a notice both received keeps the kept record's receipt (read and answered as she did).
 */
@ApplicationScoped
public class ReceiptsOnMerge {

    @PersistenceContext
    EntityManager em;

    void moveReceipts(@Observes @Priority(200) PersonMerge merge) {
        for (NoticeRecipient receipt : em.createQuery("SELECT r FROM NoticeRecipient r WHERE r.person.id = :person",
                NoticeRecipient.class).setParameter("person", merge.duplicateId()).getResultList()) {
            boolean keptReceivedIt = !em.createQuery("SELECT r.id FROM NoticeRecipient r WHERE r.notice.id = :notice "
                            + "AND r.person.id = :kept", Long.class)
                    .setParameter("notice", receipt.getNotice().getId()).setParameter("kept", merge.keptId())
                    .getResultList().isEmpty();
            if (keptReceivedIt) {
                em.remove(receipt);
            } else {
                receipt.passTo(merge.kept());
            }
        }
    }
}
