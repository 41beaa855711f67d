package org.jinguo.childcare.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import org.jinguo.childcare.model.CaseStatus;
import org.jinguo.childcare.model.ChildCase;
import org.jinguo.childcare.model.CounsellingSeries;
import org.jinguo.childcare.model.SeriesKind;
import org.jinguo.childcare.model.SeriesStatus;
import org.jinguo.childcare.model.TeamRole;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.ConcurrentChangeException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.scope.DataScope;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;

/**
 * Group counselling (小组辅导): the supervisor adds children of her reach in the same street or town to a group series;
 * each gets the group's sessions still to come (recorded, and noted, child by child) and the group's counsellor joins
 * her team. Each child's team sees the others by pseudonym only.
 */
@Stateless
@ScopedToCaller
public class CounsellingGroups {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** A child who may join a group, by pseudonym. */
    public record Candidate(long caseId, String pseudonym, String unitName) implements Serializable {
    }

    /** The children in service of the group's street or town, not in it yet. */
    public List<Candidate> candidates(long seriesId) {
        CounsellingSeries series = group(seriesId);
        ChildCase owner = em.find(ChildCase.class, series.getCaseId());
        List<Long> in = CounsellingService.members(em, series).stream().map(ChildCase::getId).toList();
        return em.createQuery("SELECT c FROM ChildCase c JOIN FETCH c.unit WHERE c.status IN :working AND c.unitPath LIKE :street"
                        + " ORDER BY c.pseudonym, c.id", ChildCase.class)
                .setParameter("working", CaseStatus.IN_SERVICE).setParameter("street", DataScope.streetOf(owner.getUnitPath()) + "%").getResultList()
                .stream().filter(c -> !in.contains(c.getId()))
                .map(c -> new Candidate(c.getId(), c.getPseudonym(), c.getUnit().getName())).toList();
    }

    /** Adds the child of case {@code caseId} to the group from today (or its start) to its end. */
    public void join(long seriesId, long caseId, long version) {
        Caller caller = currentCaller.require();
        CounsellingSeries series = group(seriesId);
        em.lock(series, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(series);
        if (series.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        if (series.getStatus() != SeriesStatus.ACTIVE) {
            throw new BusinessRuleException("case.series.notActive", null);
        }
        CaseAccess.Opened child = CaseAccess.open(em, caller, caseId);
        if (child.access() != CaseAccess.SUPERVISOR) {
            throw new AccessDeniedException();
        }
        ChildCase c = child.childCase();
        ChildCase owner = em.find(ChildCase.class, series.getCaseId());
        if (!c.getUnitPath().startsWith(DataScope.streetOf(owner.getUnitPath()))) {
            throw new BusinessRuleException("case.group.otherStreet", "member");
        }
        if (!c.getStatus().inService()) {
            throw new BusinessRuleException("case.series.noPlan", "member");
        }
        if (CounsellingService.members(em, series).stream().anyMatch(m -> m.getId().equals(c.getId()))) {
            throw new BusinessRuleException("case.group.already", "member");
        }
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        if (series.getCounsellorId() != null && c.roleOf(series.getCounsellorId()).isEmpty()) {
            c.addMember(series.getCounsellorId(), TeamRole.COUNSELLOR);
        }
        CounsellingService.generate(em, c, series, Beijing.today().isBefore(series.getStartsOn()) ? series.getStartsOn() : Beijing.today());
        em.flush();
    }

    /** The group series, for its supervisor. */
    private CounsellingSeries group(long seriesId) {
        CounsellingSeries series = em.find(CounsellingSeries.class, seriesId);
        if (series == null) {
            throw new RecordNotFoundException();
        }
        if (CaseAccess.open(em, currentCaller.require(), series.getCaseId()).access() != CaseAccess.SUPERVISOR) {
            throw new AccessDeniedException();
        }
        if (series.getKind() != SeriesKind.GROUP) {
            throw new BusinessRuleException("case.group.notGroup", null);
        }
        return series;
    }
}
