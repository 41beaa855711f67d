package org.jinguo.bridge.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.bridge.model.Course;
import org.jinguo.bridge.model.EnrolmentStatus;
import org.jinguo.person.model.Person;
import org.jinguo.platform.audit.AuditActor;
import org.jinguo.platform.audit.AuditContext;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.unit.model.OrgUnit;

/**
 * The public course page (我要报名): the courses open to women enrolling themselves (not cancelled, with a session
 * still to come), and her enrolment — her person record found by name and phone in her community, or new, as on the
 * help page — by the same roll rules as staff use. Nobody is signed in: this service looks past the unit scope, reads
 * only the open courses and writes only her person record and her enrolment.
 */
@Stateless
@SystemScoped
public class PublicCourseService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    public record OpenCourse(long id, String title, String kindName, String place, String trainerName, String unitName,
                             int places, long taken, long waiting, LocalDate firstOn, LocalDate lastOn, long sessions)
            implements Serializable {

        public boolean isFull() {
            return taken >= places;
        }
    }

    /** Where she now stands: on the course, or waiting (with her place in the queue). */
    public record Enrolled(String title, EnrolmentStatus status, int queuePosition) implements Serializable {
    }

    public List<OpenCourse> open() {
        LocalDate today = Beijing.today();
        List<Course> courses = em.createQuery("SELECT c FROM Course c JOIN FETCH c.unit LEFT JOIN FETCH c.trainer "
                + "WHERE c.selfEnrol = TRUE AND c.cancelled = FALSE AND EXISTS (SELECT s FROM CourseSession s "
                + "WHERE s.course = c AND s.heldOn >= :today) ORDER BY c.id DESC", Course.class)
                .setParameter("today", today).setMaxResults(50).getResultList();
        return CourseService.rows(em, courses).stream().map(c -> new OpenCourse(c.id(), c.title(), c.kind().name(), c.place(),
                c.trainerName(), c.unitName(), c.places(), c.enrolled(), c.waiting(), c.firstOn(), c.lastOn(), c.sessions()))
                .toList();
    }

    /** Enrols her on an open course: a place, or the waiting list; refused if she is on it already. */
    public Enrolled enrol(@NotNull @Valid CourseSignUpForm form) {
        AuditContext.bind(new AuditActor(PublicNeedService.ACTOR, null, currentCaller.clientAddress()));
        Course course = open().stream().filter(c -> c.id() == form.getCourseId()).findFirst()
                .map(c -> em.find(Course.class, c.id()))
                .orElseThrow(() -> new BusinessRuleException("course.notOpen", "courseId"));
        OrgUnit community = PublicNeedService.community(em, form.getCommunityId());
        Person person = PublicNeedService.resident(em, community, form.getName(), form.getPhone());
        em.flush();
        EnrolmentStatus status = Rolls.enrol(em, course, person, true);
        em.flush();
        int queue = status != EnrolmentStatus.WAITING ? 0 : em.createQuery("SELECT COUNT(e) FROM Enrolment e "
                        + "WHERE e.course = :c AND e.status = :waiting", Long.class)
                .setParameter("c", course).setParameter("waiting", EnrolmentStatus.WAITING).getSingleResult().intValue();
        return new Enrolled(course.getTitle(), status, queue);
    }
}
