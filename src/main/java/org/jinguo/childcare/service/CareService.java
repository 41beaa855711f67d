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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.childcare.model.ActivityKind;
import org.jinguo.childcare.model.CaseStatus;
import org.jinguo.childcare.model.CaseVisit;
import org.jinguo.childcare.model.ChildCase;
import org.jinguo.childcare.model.JoinedActivity;
import org.jinguo.childcare.model.Tutoring;
import org.jinguo.childcare.model.TutoringSession;
import org.jinguo.childcare.model.VisitKind;
import org.jinguo.childcare.service.CaseAccess.Opened;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.volunteer.service.ActivityDirectory;
import org.jinguo.volunteer.service.ChildSafeVolunteers;

/**
 * The project's other services on a case: visits (caring visits with what was given, home visits, and the follow-up
 * visit after closure, which settles the follow-up task), the social practice and themed activities she took part in
 * (activities of the volunteer feature in her street or town), and volunteer tutoring (爱心家教) by a volunteer of the
 * registry who is active and cleared for work with children, with the lessons she gives. The case's caseworker records
 * them; her supervisor reads them; a counsellor sees none of it.
 */
@Stateless
@ScopedToCaller
public class CareService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ChildSafeVolunteers tutors;

    @Inject
    ActivityDirectory activityDirectory;

    /** A visit as the case shows it. */
    public record VisitRow(long id, VisitKind kind, LocalDate visitedOn, String visitors, String gifts, BigDecimal amount,
                           String notes, String recordedBy) implements Serializable {
    }

    /** An activity she took part in, as the case shows it. */
    public record ActivityRow(long activityId, String title, LocalDate heldOn, String place, ActivityKind kind, String note)
            implements Serializable {
    }

    /** A tutoring as the case shows it, with its lessons so far. */
    public record TutoringRow(long id, String tutorName, String subject, String schedule, LocalDate startsOn, LocalDate endedOn,
                              long lessons, long minutes, LocalDate lastLesson) implements Serializable {

        public boolean running() {
            return endedOn == null;
        }
    }

    public long recordVisit(@NotNull @Valid VisitForm form) {
        Caller caller = currentCaller.require();
        ChildCase c = CaseAccess.forCaseworker(em, caller, form.getCaseId());
        boolean closed = c.getStatus() == CaseStatus.CLOSED;
        if (closed != (form.getKind() == VisitKind.FOLLOW_UP)) {
            throw new BusinessRuleException(closed ? "case.visit.onlyFollowUp" : "case.visit.followUpAfterClosure", "kind");
        }
        CaseVisit visit = new CaseVisit(c.getId(), form.getKind(), form.getVisitedOn(), form.getVisitors().strip(), caller.username());
        visit.assignTo(c.getUnit());
        visit.details(blankToNull(form.getGifts()), form.getAmount(), blankToNull(form.getNotes()));
        em.persist(visit);
        if (form.getKind() == VisitKind.FOLLOW_UP) {
            em.lock(c, LockModeType.PESSIMISTIC_WRITE);
            c.setFollowupDue(null); // the follow-up is done
        }
        em.flush();
        return visit.getId();
    }

    /** The case's visits, the latest first (the whole file's readers only). */
    public List<VisitRow> visits(long caseId) {
        Caller caller = currentCaller.require();
        Opened opened = CaseAccess.openFile(em, caller, caseId);
        return em.createQuery("SELECT v FROM CaseVisit v WHERE v.caseId = :c ORDER BY v.visitedOn DESC, v.id DESC", CaseVisit.class)
                .setParameter("c", opened.childCase().getId()).setMaxResults(100).getResultList().stream()
                .map(v -> new VisitRow(v.getId(), v.getKind(), v.getVisitedOn(), v.getVisitors(), v.getGifts(), v.getAmount(),
                        v.getNotes(), v.getRecordedBy())).toList();
    }

    /** The volunteers of the child's street or town who may tutor her. */
    public List<ChildSafeVolunteers.Tutor> tutorsFor(long caseId) {
        return tutors.near(CaseAccess.forCaseworker(em, currentCaller.require(), caseId).getUnitPath());
    }

    /** Assigns a tutor: only under a plan in force, only an active volunteer cleared for work with children. */
    public long assignTutor(@NotNull @Valid TutorForm form) {
        Caller caller = currentCaller.require();
        ChildCase c = CaseAccess.forCaseworker(em, caller, form.getCaseId());
        if (!c.getStatus().inService()) {
            throw new BusinessRuleException("case.series.noPlan", null);
        }
        if (tutors.cleared(form.getVolunteerId()).isEmpty()) {
            throw new BusinessRuleException("case.tutoring.notCleared", "tutor");
        }
        Tutoring tutoring = new Tutoring(c.getId(), form.getVolunteerId(), form.getSubject().strip(), form.getSchedule().strip(),
                form.getStartsOn());
        em.persist(tutoring);
        em.flush();
        return tutoring.getId();
    }

    /** Ends a tutoring today; its lessons stay. */
    public void endTutoring(long tutoringId) {
        Tutoring tutoring = ownTutoring(tutoringId);
        if (tutoring.getEndedOn() == null) {
            tutoring.end(Beijing.today());
        }
        em.flush();
    }

    /** Logs a lesson of a running tutoring: never for a day to come, never on a closed case. */
    public long logLesson(@NotNull @Valid LessonForm form) {
        Tutoring tutoring = ownTutoring(form.getTutoringId());
        ChildCase c = em.find(ChildCase.class, tutoring.getCaseId());
        if (tutoring.getEndedOn() != null || c.getStatus() == CaseStatus.CLOSED || c.getStatus() == CaseStatus.CLOSURE_REQUESTED) {
            throw new BusinessRuleException("case.tutoring.ended", null);
        }
        if (form.getHeldOn().isBefore(tutoring.getStartsOn())) {
            throw new BusinessRuleException("case.tutoring.beforeStart", "heldOn");
        }
        TutoringSession lesson = new TutoringSession(tutoring.getId(), c.getId(), form.getHeldOn(), form.getMinutes(),
                blankToNull(form.getNotes()), currentCaller.require().username());
        lesson.assignTo(c.getUnit());
        em.persist(lesson);
        em.flush();
        return lesson.getId();
    }

    /** The case's tutoring, running first. */
    public List<TutoringRow> tutoring(long caseId) {
        Caller caller = currentCaller.require();
        Opened opened = CaseAccess.openFile(em, caller, caseId);
        return em.createQuery("SELECT t FROM Tutoring t WHERE t.caseId = :c ORDER BY t.endedOn, t.startsOn DESC", Tutoring.class)
                .setParameter("c", opened.childCase().getId()).getResultList().stream().map(t -> {
                    Object[] totals = em.createQuery("SELECT COUNT(s), COALESCE(SUM(s.minutes), 0), MAX(s.heldOn)"
                            + " FROM TutoringSession s WHERE s.tutoringId = :t", Object[].class).setParameter("t", t.getId())
                            .getSingleResult();
                    return new TutoringRow(t.getId(), tutors.name(t.getVolunteerId()), t.getSubject(), t.getSchedule(),
                            t.getStartsOn(), t.getEndedOn(), ((Number) totals[0]).longValue(), ((Number) totals[1]).longValue(),
                            (LocalDate) totals[2]);
                }).toList();
    }

    private Tutoring ownTutoring(long tutoringId) {
        Tutoring tutoring = em.find(Tutoring.class, tutoringId);
        if (tutoring == null) {
            throw new RecordNotFoundException();
        }
        CaseAccess.forCaseworker(em, currentCaller.require(), tutoring.getCaseId());
        return tutoring;
    }

    /** The activities of the child's street or town, from a year ago to two months ahead, she may be recorded in. */
    public List<ActivityDirectory.ActivityRef> activitiesNear(long caseId) {
        LocalDate today = Beijing.today();
        return activityDirectory.near(CaseAccess.forCaseworker(em, currentCaller.require(), caseId).getUnitPath(), today.minusYears(1),
                today.plusMonths(2));
    }

    /** Records that she took part in an activity of her street or town (social practice, a themed activity). */
    public void recordActivity(long caseId, long activityId, @NotNull ActivityKind kind,
                               @jakarta.validation.constraints.Size(max = 300, message = "{jinguo.size.max}") String note) {
        Caller caller = currentCaller.require();
        ChildCase c = CaseAccess.forCaseworker(em, caller, caseId);
        if (c.getStatus() == CaseStatus.CLOSED) {
            throw new BusinessRuleException("case.activity.closed", null);
        }
        if (activitiesNear(caseId).stream().noneMatch(a -> a.id() == activityId)) {
            throw new BusinessRuleException("case.activity.notNear", "activity");
        }
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        if (!c.joined(new JoinedActivity(activityId, kind, blankToNull(note), caller.username()))) {
            throw new BusinessRuleException("case.activity.already", "activity");
        }
        em.flush();
    }

    /** The activities she took part in, the latest first (the whole file's readers only). */
    public List<ActivityRow> activities(long caseId) {
        Caller caller = currentCaller.require();
        ChildCase c = CaseAccess.openFile(em, caller, caseId).childCase();
        java.util.Map<Long, JoinedActivity> joined = new java.util.HashMap<>();
        c.getActivities().forEach(a -> joined.put(a.activityId(), a));
        return activityDirectory.byIds(joined.keySet()).stream().map(a -> new ActivityRow(a.id(), a.title(), a.heldOn(), a.place(),
                joined.get(a.id()).kind(), joined.get(a.id()).note())).toList();
    }

}
