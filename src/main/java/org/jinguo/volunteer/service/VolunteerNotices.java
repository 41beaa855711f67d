package org.jinguo.volunteer.service;

import jakarta.ejb.Schedule;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.notify.NotificationKinds;
import org.jinguo.platform.notify.Notify;
import org.jinguo.platform.notify.Recipients;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;
import org.jinguo.volunteer.model.Activity;
import org.jinguo.volunteer.model.Signup;
import org.jinguo.volunteer.model.SignupStatus;

/**
 * What volunteers are told (on their own portal account): a place confirmed, a place freed for her on the waiting
 * list, and, every hour for the next day's activities, a reminder (once per sign-up, however often or on however many
 * servers it runs; a run missed while the server was down is made up by the next).
 */
@Stateless
@LocalBean
@Local(NotificationKinds.class)
@SystemScoped
public class VolunteerNotices implements NotificationKinds {

    static final String CONFIRMED = "volunteerConfirmed";
    static final String MOVED_UP = "volunteerMovedUp";
    static final String TOMORROW = "volunteerTomorrow";
    static final String PORTAL = "/portal/volunteer.xhtml";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Notify> notify;

    @Override
    public List<String> kindsFor(Caller caller) {
        return caller.can(Permission.VOLUNTEER_SELF) ? List.of(CONFIRMED, MOVED_UP, TOMORROW) : List.of();
    }

    /** After a sign-up: tells her if she has a place (the waiting list is said on the page). */
    public void signedUp(Signup signup) {
        if (signup.getStatus() == SignupStatus.CONFIRMED) {
            tell(signup, CONFIRMED);
        }
    }

    public void movedUp(Signup signup) {
        tell(signup, MOVED_UP);
    }

    private void tell(Signup signup, String kind) {
        Activity a = signup.getActivity();
        notify.fire(Notify.of(Recipients.person(signup.getVolunteer().getPerson().getId()), kind, PORTAL, a.getTitle(), when(a)));
    }

    @Schedule(hour = "*", minute = "11", persistent = false, info = "volunteers: remind of tomorrow's activities")
    void hourly() {
        remindTomorrow(Beijing.today());
    }

    /** Reminds everyone with a place at an activity the day after {@code today}; returns how many sign-ups. */
    public int remindTomorrow(LocalDate today) {
        List<Signup> signups = em.createQuery("SELECT s FROM Signup s JOIN FETCH s.activity a JOIN FETCH s.volunteer v"
                        + " WHERE s.status = :confirmed AND a.heldOn = :tomorrow AND a.cancelled = false", Signup.class)
                .setParameter("confirmed", SignupStatus.CONFIRMED).setParameter("tomorrow", today.plusDays(1))
                .setMaxResults(5000).getResultList();
        for (Signup s : signups) {
            Activity a = s.getActivity();
            notify.fire(Notify.of(Recipients.person(s.getVolunteer().getPerson().getId()), TOMORROW, PORTAL, a.getTitle(), when(a))
                    .once("activity-tomorrow:" + s.getId()));
        }
        return signups.size();
    }

    private static String when(Activity a) {
        return a.getHeldOn() + " " + a.getStartsAt();
    }
}
