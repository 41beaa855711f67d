package org.jinguo.volunteer.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.volunteer.model.Activity;
import org.jinguo.volunteer.model.ServiceHours;
import org.jinguo.volunteer.model.Signup;
import org.jinguo.volunteer.model.SignupStatus;
import org.jinguo.volunteer.model.Volunteer;
import org.jinguo.volunteer.model.VolunteerStatus;

/**
 * The rules of places at an activity, the same whether staff act or the volunteer herself: a place while
 * there is one, else the waiting list; a freed place goes to the first in the queue; no two places at the
 * same time; check-in from an hour before the start to an hour after the end, and check-out records her hours.
 * Every change of places locks the activity's row, so two sign-ups for the last place cannot both get it.
 */
final class Signups {

    /** How long before the start and after the end the check-in QR code works. */
    static final Duration CHECK_IN_MARGIN = Duration.ofHours(1);

    private Signups() {
    }

    /** Signs her up: a place if one is free, else the waiting list. */
    static Signup signUp(EntityManager em, Activity activity, Volunteer volunteer) {
        if (volunteer.getStatus() != VolunteerStatus.ACTIVE) {
            throw new BusinessRuleException("signup.notActive", "volunteer", volunteer.getPerson().getName());
        }
        requireOpen(activity);
        Optional<Signup> existing = find(em, activity, volunteer);
        if (existing.isPresent() && (existing.get().getStatus() == SignupStatus.CONFIRMED
                || existing.get().getStatus() == SignupStatus.WAITING)) {
            throw new BusinessRuleException("signup.already", "volunteer", volunteer.getPerson().getName());
        }
        em.lock(activity, LockModeType.PESSIMISTIC_WRITE);
        requireNoClash(em, activity, volunteer);
        SignupStatus status = confirmed(em, activity) < activity.getMaxNeeded() ? SignupStatus.CONFIRMED : SignupStatus.WAITING;
        Instant now = Instant.now();
        if (existing.isPresent()) {
            existing.get().requeue(status, now);
            return existing.get();
        }
        Signup signup = new Signup(activity, volunteer, status, now);
        signup.assignTo(activity.getUnit());
        em.persist(signup);
        return signup;
    }

    /**
     * Staff invite her: she holds no place until she accepts. Whether she is newly invited: one signed up,
     * waiting or invited already is left as she is.
     */
    static boolean invite(EntityManager em, Activity activity, Volunteer volunteer) {
        requireOpen(activity);
        Optional<Signup> existing = find(em, activity, volunteer);
        if (existing.isPresent()) {
            if (existing.get().getStatus() != SignupStatus.CANCELLED && existing.get().getStatus() != SignupStatus.DECLINED) {
                return false;
            }
            existing.get().requeue(SignupStatus.INVITED, Instant.now());
            return true;
        }
        Signup signup = new Signup(activity, volunteer, SignupStatus.INVITED, Instant.now());
        signup.assignTo(activity.getUnit());
        em.persist(signup);
        return true;
    }

    /** She declines an invitation. */
    static void decline(Signup signup) {
        if (signup.getStatus() != SignupStatus.INVITED) {
            throw new BusinessRuleException("signup.notInvited", null);
        }
        signup.cancel(SignupStatus.DECLINED, Instant.now());
    }

    /**
     * Cancels her place (or her place in the queue); a freed place goes to the first on the waiting list,
     * who is returned.
     */
    static Optional<Signup> cancel(EntityManager em, Signup signup) {
        SignupStatus was = signup.getStatus();
        if (was != SignupStatus.CONFIRMED && was != SignupStatus.WAITING && was != SignupStatus.INVITED) {
            throw new BusinessRuleException("signup.notActive.cancel", null);
        }
        Activity activity = signup.getActivity();
        if (!Beijing.now().isBefore(activity.getStart())) {
            throw new BusinessRuleException("signup.cancel.started", null);
        }
        em.lock(activity, LockModeType.PESSIMISTIC_WRITE);
        signup.cancel(was == SignupStatus.INVITED ? SignupStatus.DECLINED : SignupStatus.CANCELLED, Instant.now());
        em.flush();
        if (was != SignupStatus.CONFIRMED || confirmed(em, activity) >= activity.getMaxNeeded()) {
            return Optional.empty();
        }
        Optional<Signup> next = em.createQuery("SELECT s FROM Signup s WHERE s.activity.id = :activity AND s.status = :waiting "
                        + "ORDER BY s.queuedAt, s.id", Signup.class)
                .setParameter("activity", activity.getId()).setParameter("waiting", SignupStatus.WAITING)
                .setMaxResults(1).getResultStream().findFirst();
        next.ifPresent(Signup::promote);
        return next;
    }

    /** Checks her in (the first scan or staff's first click) or out (the second), which records her hours. */
    static Optional<ServiceHours> scan(EntityManager em, Signup signup) {
        if (signup.getCheckedInAt() == null) {
            checkIn(signup);
            return Optional.empty();
        }
        return Optional.of(checkOut(em, signup));
    }

    static void checkIn(Signup signup) {
        if (signup.getStatus() != SignupStatus.CONFIRMED) {
            throw new BusinessRuleException("checkin.notConfirmed", null);
        }
        Activity activity = signup.getActivity();
        LocalDateTime now = Beijing.now();
        if (activity.isCancelled() || now.isBefore(activity.getStart().minus(CHECK_IN_MARGIN))
                || now.isAfter(activity.getEnd().plus(CHECK_IN_MARGIN))) {
            throw new BusinessRuleException("checkin.outsideWindow", null);
        }
        if (signup.getCheckedInAt() != null) {
            throw new BusinessRuleException("checkin.already", null);
        }
        signup.checkIn(Instant.now());
    }

    /**
     * Checks her out: her hours are the time from check-in to check-out rounded up to the half hour, at least
     * half an hour and no more than the activity's length; they wait for approval.
     */
    static ServiceHours checkOut(EntityManager em, Signup signup) {
        if (signup.getCheckedInAt() == null) {
            throw new BusinessRuleException("checkout.notCheckedIn", null);
        }
        if (signup.getCheckedOutAt() != null) {
            throw new BusinessRuleException("checkout.already", null);
        }
        Instant now = Instant.now();
        signup.checkOut(now);
        long elapsed = Duration.between(signup.getCheckedInAt(), now).toMinutes();
        int minutes = (int) Math.min(signup.getActivity().getMinutes(), Math.max(30, (elapsed + 29) / 30 * 30));
        return Hours.recordAttendance(em, signup, minutes);
    }

    /** Staff confirm she was there the whole time: checked in and out at once, the activity's full length. */
    static ServiceHours attended(EntityManager em, Signup signup) {
        if (signup.getStatus() != SignupStatus.CONFIRMED) {
            throw new BusinessRuleException("checkin.notConfirmed", null);
        }
        if (Beijing.now().isBefore(signup.getActivity().getStart())) {
            throw new BusinessRuleException("checkin.notStarted", null);
        }
        if (signup.getCheckedOutAt() != null) {
            throw new BusinessRuleException("checkout.already", null);
        }
        Instant now = Instant.now();
        if (signup.getCheckedInAt() == null) {
            signup.checkIn(now);
        }
        signup.checkOut(now);
        return Hours.recordAttendance(em, signup, signup.getActivity().getMinutes());
    }

    static long confirmed(EntityManager em, Activity activity) {
        return em.createQuery("SELECT COUNT(s) FROM Signup s WHERE s.activity.id = :activity AND s.status = :confirmed",
                        Long.class)
                .setParameter("activity", activity.getId()).setParameter("confirmed", SignupStatus.CONFIRMED)
                .getSingleResult();
    }

    private static Optional<Signup> find(EntityManager em, Activity activity, Volunteer volunteer) {
        return em.createQuery("SELECT s FROM Signup s WHERE s.activity.id = :activity AND s.volunteer.id = :volunteer",
                        Signup.class)
                .setParameter("activity", activity.getId()).setParameter("volunteer", volunteer.getId())
                .getResultStream().findFirst();
    }

    private static void requireOpen(Activity activity) {
        if (activity.isCancelled()) {
            throw new BusinessRuleException("signup.activityCancelled", null);
        }
        if (!Beijing.now().isBefore(activity.getEnd())) {
            throw new BusinessRuleException("signup.past", null);
        }
    }

    /**
     * No place at another activity that overlaps this one's time. The times are compared here, not in SQL:
     * a TIME parameter is not bound the same way on every database.
     */
    private static void requireNoClash(EntityManager em, Activity activity, Volunteer volunteer) {
        em.createQuery("SELECT s.activity FROM Signup s WHERE s.volunteer.id = :volunteer AND s.status = :confirmed "
                        + "AND s.activity.id <> :activity AND s.activity.heldOn = :day", Activity.class)
                .setParameter("volunteer", volunteer.getId()).setParameter("confirmed", SignupStatus.CONFIRMED)
                .setParameter("activity", activity.getId()).setParameter("day", activity.getHeldOn())
                .getResultStream()
                .filter(other -> other.getStartsAt().isBefore(activity.getEndsAt()) && other.getEndsAt().isAfter(activity.getStartsAt()))
                .findFirst()
                .ifPresent(other -> {
                    throw new BusinessRuleException("signup.clash", "volunteer", volunteer.getPerson().getName(), other.getTitle());
                });
    }
}
