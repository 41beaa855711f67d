package org.jinguo.purchase.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.work.WorkItem;
import org.jinguo.platform.work.WorkSource;
import org.jinguo.purchase.model.ContractStatus;

/**
 * Purchases' to-dos on the home page: open contracts past their end, to be closed with their evaluation, and those
 * ending within a month; both counted in one query. The contract list shows the open ones.
 */
@Stateless
@ScopedToCaller
public class ContractWork implements WorkSource {

    static final int ENDING_WITHIN_DAYS = 30;

    @PersistenceContext
    EntityManager em;

    @Override
    public List<WorkItem> itemsFor(Caller caller) {
        if (!caller.can(Permission.RECORD_EDIT)) {
            return List.of();
        }
        LocalDate today = Beijing.today();
        Object[] counts = em.createQuery("SELECT SUM(CASE WHEN c.endsOn < :today THEN 1 ELSE 0 END), COUNT(c)"
                        + " FROM ServiceContract c WHERE c.status = :open AND c.endsOn <= :soon", Object[].class)
                .setParameter("today", today).setParameter("soon", today.plusDays(ENDING_WITHIN_DAYS))
                .setParameter("open", ContractStatus.OPEN).getSingleResult();
        return WorkItem.overdueAndDue(counts, "contractsEnded", "contractsEnding", "/purchase/contracts.xhtml?status=OPEN");
    }
}
