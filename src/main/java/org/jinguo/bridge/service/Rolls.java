package org.jinguo.bridge.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jinguo.bridge.model.Course;
import org.jinguo.bridge.model.CourseRoll;
import org.jinguo.bridge.model.Enrolment;
import org.jinguo.bridge.model.EnrolmentStatus;
import org.jinguo.person.model.Person;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;

/**
 * A course's roll as stored, changed only by the rules of {@link CourseRoll}: for staff and for the woman herself alike.
 * Every change locks the course's row first and then reads its enrolments with a locking read (which sees what others
 * committed meanwhile, whatever the isolation level), so two women asking for the last place cannot both get it.
 */
final class Rolls {

    private Rolls() {
    }

    /** Puts her on the course, or on its waiting list past its places; refused if she is on either already. */
    static EnrolmentStatus enrol(EntityManager em, Course course, Person person, boolean self) {
        if (course.isCancelled()) {
            throw new BusinessRuleException("course.cancelled", null, course.getTitle());
        }
        List<Enrolment> all = lockedEnrolments(em, course);
        CourseRoll roll = roll(course, all);
        EnrolmentStatus status;
        try {
            status = roll.enrol(person.getId());
        } catch (BusinessRuleException already) {
            throw new BusinessRuleException("course.enrol.already", "person", person.getName());
        }
        Instant now = Instant.now();
        Enrolment enrolment = all.stream().filter(e -> e.getPerson().getId().equals(person.getId())).findFirst()
                .orElse(null);
        if (enrolment == null) {
            enrolment = new Enrolment(course, person, self, now);
            em.persist(enrolment);
        } else {
            enrolment.requeue(self, now);
        }
        enrolment.setStatus(status);
        return status;
    }

    /** Takes her off the course or its waiting list; the enrolment of whoever moved up into her place. */
    static Optional<Enrolment> withdraw(EntityManager em, Enrolment enrolment) {
        if (enrolment.getStatus() == EnrolmentStatus.COMPLETED) {
            throw new BusinessRuleException("course.withdraw.completed", null, enrolment.getPerson().getName());
        }
        List<Enrolment> all = lockedEnrolments(em, enrolment.getCourse());
        CourseRoll roll = roll(enrolment.getCourse(), all);
        Optional<Long> moved = roll.withdraw(enrolment.getPerson().getId());
        enrolment.setStatus(EnrolmentStatus.WITHDRAWN);
        Map<Long, Enrolment> byPerson = byPerson(all);
        return moved.map(byPerson::get).map(e -> {
            e.setStatus(EnrolmentStatus.ENROLLED);
            return e;
        });
    }

    /** Changes the course's places (never below the women on it); the enrolments that moved up. */
    static List<Enrolment> resize(EntityManager em, Course course, int places) {
        List<Enrolment> all = lockedEnrolments(em, course);
        CourseRoll roll = roll(course, all);
        List<Long> moved = roll.resize(places);
        course.setPlaces(places);
        Map<Long, Enrolment> byPerson = byPerson(all);
        return moved.stream().map(byPerson::get).peek(e -> e.setStatus(EnrolmentStatus.ENROLLED)).toList();
    }

    /**
     * Sets each one's completion from the sessions held: completed (with a certificate number, kept once given) when
     * she attended three in four of the course's sessions, else on the course.
     */
    static void complete(Course course, List<Enrolment> onCourse, int sessions) {
        for (Enrolment e : onCourse) {
            if (e.getStatus() != EnrolmentStatus.ENROLLED && e.getStatus() != EnrolmentStatus.COMPLETED) {
                continue;
            }
            if (sessions > 0 && CourseRoll.completes(e.getAttended().size(), sessions)) {
                e.complete(Beijing.today().getYear());
            } else {
                e.reopen();
            }
        }
    }

    private static List<Enrolment> lockedEnrolments(EntityManager em, Course course) {
        em.lock(course, LockModeType.PESSIMISTIC_WRITE);
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.course = :course", Enrolment.class)
                .setParameter("course", course).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private static CourseRoll roll(Course course, List<Enrolment> all) {
        Comparator<Enrolment> queue = Comparator.comparing(Enrolment::getQueuedAt).thenComparing(Enrolment::getId);
        List<Long> enrolled = all.stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED || e.getStatus() == EnrolmentStatus.COMPLETED)
                .sorted(queue).map(e -> e.getPerson().getId()).toList();
        List<Long> waiting = all.stream().filter(e -> e.getStatus() == EnrolmentStatus.WAITING)
                .sorted(queue).map(e -> e.getPerson().getId()).toList();
        return CourseRoll.of(Math.max(course.getPlaces(), Math.max(1, enrolled.size())), enrolled, waiting);
    }

    private static Map<Long, Enrolment> byPerson(List<Enrolment> all) {
        return all.stream().collect(Collectors.toMap(e -> e.getPerson().getId(), Function.identity()));
    }
}
