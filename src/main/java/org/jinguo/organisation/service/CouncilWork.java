package org.jinguo.organisation.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.organisation.model.DecisionStatus;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.work.WorkItem;
import org.jinguo.platform.work.WorkSource;

/**
 * The federation network's to-dos on the home page: decisions of council meetings (执委会议决定事项) of her units not
 * carried out, past their day or due within a week; both counted in one query. They are followed up on the
 * mechanisms page, whose open decisions come most pressing first.
 */
@Stateless
@ScopedToCaller
public class CouncilWork implements WorkSource {

    static final int DUE_WITHIN_DAYS = 7;

    @PersistenceContext
    EntityManager em;

    @Override
    public List<WorkItem> itemsFor(Caller caller) {
        if (!caller.can(Permission.RECORD_EDIT)) {
            return List.of();
        }
        LocalDate today = Beijing.today();
        Object[] counts = em.createQuery("SELECT SUM(CASE WHEN d.dueOn < :today THEN 1 ELSE 0 END), COUNT(d)"
                        + " FROM MeetingDecision d WHERE d.status <> :done AND d.dueOn <= :soon", Object[].class)
                .setParameter("today", today).setParameter("soon", today.plusDays(DUE_WITHIN_DAYS))
                .setParameter("done", DecisionStatus.DONE).getSingleResult();
        return WorkItem.overdueAndDue(counts, "decisionsOverdue", "decisionsDue", "/organisation/mechanisms.xhtml");
    }
}
