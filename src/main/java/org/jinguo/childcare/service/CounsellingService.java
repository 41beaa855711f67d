// Longer than 300 lines on purpose: counselling as a series and its sessions (scheduling, pausing, moving, recording, the contract's deliveries), each step behind the same access check.
package org.jinguo.childcare.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jinguo.childcare.model.CarePlan;
import org.jinguo.childcare.model.CaseStatus;
import org.jinguo.childcare.model.ChildCase;
import org.jinguo.childcare.model.ChosenBy;
import org.jinguo.childcare.model.CounsellingSeries;
import org.jinguo.childcare.model.CounsellingSession;
import org.jinguo.childcare.model.PlanStatus;
import org.jinguo.childcare.model.SeriesKind;
import org.jinguo.childcare.model.SeriesStatus;
import org.jinguo.childcare.model.SessionStatus;
import org.jinguo.childcare.model.CancelledBy;
import org.jinguo.childcare.model.TeamRole;
import org.jinguo.childcare.service.CaseAccess.Opened;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.ConcurrentChangeException;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.sensitive.FieldCipher;
import org.jinguo.purchase.service.SessionDeliveries;

/**
 * Counselling on a case as a series that generates its sessions (e.g. individual counselling twice a week, two hours
 * each, from a start date, at a time and place the guardian or the child chose). The caseworker schedules a series
 * only under a plan in force; she pauses, resumes and moves it. The counsellor (or the caseworker) records each
 * session: attended, missed or cancelled and by whom, how long, notes (encrypted, read by the case's team only) and
 * progress. A session attended under a contract is one of its deliveries. A closed case takes no session; a session is
 * never recorded for a day still to come.
 */
@Stateless
@ScopedToCaller
public class CounsellingService {

    /** The longest a series may run before it is scheduled again. */
    static final int MAX_MONTHS = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    FieldCipher cipher;

    @Inject
    TeamDirectory directory;

    @Inject
    SessionDeliveries deliveries;

    @Inject
    GroupMembers groupMembers;

    /** A series as the case shows it. */
    public record SeriesRow(long id, long version, SeriesKind kind, Set<DayOfWeek> weekDays, LocalTime startsAt, int minutes,
                            String place, ChosenBy chosenBy, LocalDate startsOn, LocalDate endsOn, String counsellorName,
                            Long contractId, SeriesStatus status, long planned, long held, boolean own, List<String> others)
            implements Serializable {

        public boolean group() {
            return kind == SeriesKind.GROUP;
        }
    }

    /** A session as the case shows it; the notes only to the case's team. */
    public record SessionRow(long id, long version, LocalDate heldOn, LocalTime startsAt, int minutes, String place,
                             SessionStatus status, CancelledBy cancelledBy, String notes, Integer progress, String recordedBy,
                             boolean counted, boolean recordable) implements Serializable {
    }

    /** Schedules a series under the plan in force and generates its sessions; returns the series' id. */
    public long schedule(@NotNull @Valid SeriesForm form) {
        Caller caller = currentCaller.require();
        ChildCase c = CaseAccess.forCaseworker(em, caller, form.getCaseId());
        if (!c.getStatus().inService()) {
            throw new BusinessRuleException("case.series.noPlan", null);
        }
        if (form.getEndsOn().isBefore(form.getStartsOn())) {
            throw new BusinessRuleException("case.series.endsBeforeStart", "endsOn");
        }
        if (form.getEndsOn().isAfter(form.getStartsOn().plusMonths(MAX_MONTHS))) {
            throw new BusinessRuleException("case.series.tooLong", "endsOn", MAX_MONTHS);
        }
        if (form.getCounsellorId() != null && c.roleOf(form.getCounsellorId()).orElse(null) != TeamRole.COUNSELLOR) {
            throw new BusinessRuleException("case.series.counsellorNotOnTeam", "counsellor");
        }
        if (form.getContractId() != null && !deliveries.covers(form.getContractId(), c.getUnitPath())) {
            throw new BusinessRuleException("case.series.contractNotOpen", "contract");
        }
        CarePlan plan = em.createQuery("SELECT p FROM CarePlan p WHERE p.caseId = :c AND p.status = :s", CarePlan.class)
                .setParameter("c", c.getId()).setParameter("s", PlanStatus.APPROVED).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessRuleException("case.series.noPlan", null));
        CounsellingSeries series = new CounsellingSeries(c.getId());
        series.setPlanId(plan.getId());
        series.setKind(form.getKind());
        series.setWeekDays(EnumSet.copyOf(form.getWeekDays()));
        series.setStartsAt(form.getStartsAt());
        series.setMinutes(form.getMinutes());
        series.setPlace(form.getPlace().strip());
        series.setChosenBy(form.getChosenBy());
        series.setStartsOn(form.getStartsOn());
        series.setEndsOn(form.getEndsOn());
        series.setCounsellorId(form.getCounsellorId());
        series.setContractId(form.getContractId());
        em.persist(series);
        em.flush(); // its sessions refer to it by its id alone, so it is written first
        generate(em, c, series, form.getStartsOn());
        em.flush();
        return series.getId();
    }

    /** Makes the series' sessions for the child of {@code c} from {@code from} to its end. */
    static void generate(EntityManager em, ChildCase c, CounsellingSeries series, LocalDate from) {
        for (LocalDate day : series.dates(from)) {
            CounsellingSession session = new CounsellingSession(series, day, c.getId());
            session.assignTo(c.getUnit());
            em.persist(session);
        }
    }

    /** The children of a series: its own case's and, for a group, those who joined it. */
    static List<ChildCase> members(EntityManager em, CounsellingSeries series) {
        List<Long> ids = new java.util.ArrayList<>(em.createQuery("SELECT DISTINCT s.caseId FROM CounsellingSession s"
                + " WHERE s.seriesId = :s", Long.class).setParameter("s", series.getId()).getResultList());
        if (!ids.contains(series.getCaseId())) {
            ids.add(series.getCaseId());
        }
        return ids.stream().map(id -> Scoped.byId(em, ChildCase.class, id)).toList();
    }

    /** Pauses a series: its sessions still to come are taken out of the calendar. */
    public void pause(long seriesId, long version) {
        Caller caller = currentCaller.require();
        CounsellingSeries series = lockedSeries(caller, seriesId, version);
        if (series.getStatus() != SeriesStatus.ACTIVE) {
            throw new BusinessRuleException("case.series.notActive", null);
        }
        series.setStatus(SeriesStatus.PAUSED);
        dropPlannedFrom(series, Beijing.today());
        em.flush();
    }

    /** Resumes a paused series from today, on its days, until its end. */
    public void resume(long seriesId, long version) {
        Caller caller = currentCaller.require();
        CounsellingSeries series = lockedSeries(caller, seriesId, version);
        if (series.getStatus() != SeriesStatus.PAUSED) {
            throw new BusinessRuleException("case.series.notPaused", null);
        }
        series.setStatus(SeriesStatus.ACTIVE);
        for (ChildCase member : members(em, series)) {
            generate(em, member, series, Beijing.today());
        }
        em.flush();
    }

    /**
     * Moves the sessions still to come (from {@code from}) to other days, time or place, or switches them from
     * individual to group sessions; the sessions already held stay as they were.
     */
    public void move(long seriesId, long version, @NotNull @Valid SeriesForm changed, @NotNull LocalDate from) {
        Caller caller = currentCaller.require();
        CounsellingSeries series = lockedSeries(caller, seriesId, version);
        if (from.isBefore(Beijing.today())) {
            throw new BusinessRuleException("case.series.movePast", "from");
        }
        List<ChildCase> members = members(em, series);
        series.setKind(changed.getKind());
        series.setWeekDays(EnumSet.copyOf(changed.getWeekDays()));
        series.setStartsAt(changed.getStartsAt());
        series.setMinutes(changed.getMinutes());
        series.setPlace(changed.getPlace().strip());
        series.setChosenBy(changed.getChosenBy());
        series.setEndsOn(changed.getEndsOn().isAfter(from.plusMonths(MAX_MONTHS)) ? from.plusMonths(MAX_MONTHS) : changed.getEndsOn());
        dropPlannedFrom(series, from);
        if (series.getStatus() == SeriesStatus.ACTIVE) {
            for (ChildCase member : members) {
                generate(em, member, series, from);
            }
        }
        em.flush();
    }

    private void dropPlannedFrom(CounsellingSeries series, LocalDate from) {
        em.createQuery("DELETE FROM CounsellingSession s WHERE s.seriesId = :s AND s.status = :planned AND s.heldOn >= :from")
                .setParameter("s", series.getId()).setParameter("planned", SessionStatus.PLANNED).setParameter("from", from)
                .executeUpdate();
    }

    /** Records what happened at a session; an attended one under a contract becomes one of its deliveries. */
    public void record(@NotNull @Valid SessionForm form) {
        Caller caller = currentCaller.require();
        CounsellingSession session = Scoped.byId(em, CounsellingSession.class, form.getSessionId());
        Opened opened = CaseAccess.open(em, caller, session.getCaseId());
        if (opened.access() == CaseAccess.SUPERVISOR) {
            throw new AccessDeniedException(); // the team records its sessions; the supervisor reads the figures
        }
        ChildCase c = opened.childCase();
        if (c.getStatus() == CaseStatus.CLOSED || c.getStatus() == CaseStatus.CLOSURE_REQUESTED) {
            throw new BusinessRuleException("case.session.closed", null);
        }
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(session);
        if (session.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException();
        }
        if (session.getStatus() != SessionStatus.PLANNED) {
            throw new BusinessRuleException("case.session.recorded", null);
        }
        if (session.getHeldOn().isAfter(Beijing.today())) {
            throw new BusinessRuleException("case.session.future", null);
        }
        if (form.getOutcome() == SessionStatus.PLANNED) {
            throw new BusinessRuleException("case.session.outcome", "outcome");
        }
        if (form.getOutcome() == SessionStatus.CANCELLED && form.getCancelledBy() == null) {
            throw new BusinessRuleException("case.session.cancelledBy", "cancelledBy");
        }
        if (form.getOutcome() == SessionStatus.ATTENDED && form.getMinutes() <= 0) {
            throw new BusinessRuleException("case.session.minutes", "minutes");
        }
        int minutes = form.getOutcome() == SessionStatus.ATTENDED ? form.getMinutes() : 0;
        String notes = blankToNull(form.getNotes());
        session.record(form.getOutcome(), form.getCancelledBy(), minutes, notes == null ? null : cipher.encrypt(notes),
                form.getProgress(), caller.username());
        CounsellingSeries series = em.find(CounsellingSeries.class, session.getSeriesId());
        if (form.getOutcome() == SessionStatus.ATTENDED && series.getContractId() != null) {
            // a group's session is delivered once, however many children attended it
            Long delivered = series.getKind() != SeriesKind.GROUP ? null : em.createQuery("SELECT s.deliveryId FROM CounsellingSession s"
                            + " WHERE s.seriesId = :s AND s.heldOn = :d AND s.deliveryId IS NOT NULL", Long.class)
                    .setParameter("s", series.getId()).setParameter("d", session.getHeldOn()).getResultStream().findFirst().orElse(null);
            session.setDeliveryId(delivered != null ? delivered : deliveries.record(series.getContractId(), session.getHeldOn(),
                    session.getPlace(), Math.max(1, Math.round(minutes / 60f)), caller.username(), c.getCaseNo()));
        }
        em.flush();
    }

    /** The case's series (her own, and the groups she joined), newest first; a group names its other children by pseudonym. */
    public List<SeriesRow> series(long caseId) {
        Caller caller = currentCaller.require();
        Opened opened = CaseAccess.open(em, caller, caseId);
        long id = opened.childCase().getId();
        List<CounsellingSeries> all = em.createQuery("SELECT s FROM CounsellingSeries s WHERE s.caseId = :c OR s.id IN"
                        + " (SELECT x.seriesId FROM CounsellingSession x WHERE x.caseId = :c) ORDER BY s.startsOn DESC, s.id DESC",
                CounsellingSeries.class).setParameter("c", id).getResultList();
        Map<Long, String> names = directory.names(all.stream().map(CounsellingSeries::getCounsellorId)
                .filter(java.util.Objects::nonNull).toList());
        return all.stream().map(s -> new SeriesRow(s.getId(), s.getVersion(), s.getKind(), s.getWeekDays(), s.getStartsAt(),
                s.getMinutes(), s.getPlace(), s.getChosenBy(), s.getStartsOn(), s.getEndsOn(),
                s.getCounsellorId() == null ? null : names.get(s.getCounsellorId()), s.getContractId(), s.getStatus(),
                countSessions(s.getId(), id, SessionStatus.PLANNED), countSessions(s.getId(), id, SessionStatus.ATTENDED),
                s.getCaseId() == id, groupMembers.others(s.getId(), id))).toList();
    }

    private long countSessions(long seriesId, long caseId, SessionStatus status) {
        return em.createQuery("SELECT COUNT(s) FROM CounsellingSession s WHERE s.seriesId = :s AND s.caseId = :c AND s.status = :st",
                Long.class).setParameter("s", seriesId).setParameter("c", caseId).setParameter("st", status).getSingleResult();
    }

    /**
     * A page of the case's sessions: those waiting to be recorded (planned, their day come) first, then those recorded,
     * then those to come, each the latest day first; notes decrypted only for the case's team.
     */
    public List<SessionRow> sessions(long caseId, int first, int max) {
        Caller caller = currentCaller.require();
        Opened opened = CaseAccess.open(em, caller, caseId);
        boolean team = opened.access() != CaseAccess.SUPERVISOR;
        boolean open = opened.childCase().getStatus() != CaseStatus.CLOSED
                && opened.childCase().getStatus() != CaseStatus.CLOSURE_REQUESTED;
        LocalDate today = Beijing.today();
        return em.createQuery("SELECT s, CASE WHEN s.status <> :planned THEN 1 WHEN s.heldOn <= :today THEN 0 ELSE 2 END AS due"
                        + " FROM CounsellingSession s WHERE s.caseId = :c ORDER BY due, s.heldOn DESC, s.id DESC", Object[].class)
                .setParameter("c", caseId).setParameter("planned", SessionStatus.PLANNED).setParameter("today", today)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(org.jinguo.platform.persistence.Conditions.pageSize(max)).getResultList().stream()
                .map(r -> (CounsellingSession) r[0])
                .map(s -> new SessionRow(s.getId(), s.getVersion(), s.getHeldOn(), s.getStartsAt(), s.getMinutes(), s.getPlace(),
                        s.getStatus(), s.getCancelledBy(), team && s.getNotesCipher() != null ? cipher.decrypt(s.getNotesCipher()) : null,
                        s.getProgress(), s.getRecordedBy(), s.getDeliveryId() != null,
                        team && open && s.getStatus() == SessionStatus.PLANNED && !s.getHeldOn().isAfter(today)))
                .toList();
    }

    public long countSessions(long caseId) {
        Caller caller = currentCaller.require();
        CaseAccess.open(em, caller, caseId);
        return em.createQuery("SELECT COUNT(s) FROM CounsellingSession s WHERE s.caseId = :c", Long.class)
                .setParameter("c", caseId).getSingleResult();
    }

    /** The contracts a series of the case may be delivered under. */
    public List<SessionDeliveries.ContractChoice> contracts(long caseId) {
        Caller caller = currentCaller.require();
        return deliveries.childcareContracts(CaseAccess.forCaseworker(em, caller, caseId).getUnitPath());
    }


    private CounsellingSeries lockedSeries(Caller caller, long seriesId, long version) {
        CounsellingSeries series = em.find(CounsellingSeries.class, seriesId);
        if (series == null) {
            throw new org.jinguo.platform.errors.RecordNotFoundException();
        }
        if (series.getKind() == SeriesKind.GROUP) { // a group spans several cases: its supervisor manages it
            if (CaseAccess.open(em, caller, series.getCaseId()).access() != CaseAccess.SUPERVISOR) {
                throw new AccessDeniedException();
            }
        } else {
            CaseAccess.forCaseworker(em, caller, series.getCaseId());
        }
        em.lock(series, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(series);
        if (series.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        return series;
    }
}
