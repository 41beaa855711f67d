package org.jinguo.volunteer.service;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.volunteer.model.Activity;
import org.jinguo.volunteer.model.HoursSource;
import org.jinguo.volunteer.model.HoursStatus;
import org.jinguo.volunteer.model.ServiceHours;
import org.jinguo.volunteer.model.Signup;
import org.jinguo.volunteer.model.Volunteer;

/** Recording hours, the same for attendance and for reports: one record per volunteer and activity. */
final class Hours {

    /** The most hours one record may hold (a long day). */
    static final int MAX_MINUTES = 12 * 60;

    private Hours() {
    }

    static ServiceHours recordAttendance(EntityManager em, Signup signup, int minutes) {
        Activity activity = signup.getActivity();
        return record(em, signup.getVolunteer(), activity, activity.getHeldOn(), minutes, HoursSource.ATTENDANCE, null);
    }

    /**
     * Records hours: for an activity they belong to its unit and the activity's date, once per volunteer;
     * otherwise to her own unit.
     */
    static ServiceHours record(EntityManager em, Volunteer volunteer, Activity activity, LocalDate servedOn, int minutes,
                               HoursSource source, String description) {
        if (minutes < 30 || minutes > MAX_MINUTES) {
            throw new BusinessRuleException("hours.minutes.range", "hours");
        }
        if (activity != null) {
            boolean recorded = !em.createQuery("SELECT h.id FROM ServiceHours h WHERE h.activity.id = :activity "
                            + "AND h.volunteer.id = :volunteer", Long.class)
                    .setParameter("activity", activity.getId()).setParameter("volunteer", volunteer.getId())
                    .getResultList().isEmpty();
            if (recorded) {
                throw new BusinessRuleException("hours.exists", "activity", activity.getTitle());
            }
        }
        ServiceHours hours = new ServiceHours(volunteer, activity, activity == null ? servedOn : activity.getHeldOn(),
                minutes, source, description);
        hours.assignTo(activity == null ? volunteer.getUnit() : activity.getUnit());
        em.persist(hours);
        return hours;
    }

    /** Her minutes by status, over the hours the caller can see. */
    static Map<HoursStatus, Long> minutesByStatus(EntityManager em, long volunteerId) {
        Map<HoursStatus, Long> minutes = new EnumMap<>(HoursStatus.class);
        em.createQuery("SELECT h.status, SUM(h.minutes) FROM ServiceHours h WHERE h.volunteer.id = :id GROUP BY h.status",
                        Object[].class)
                .setParameter("id", volunteerId).getResultList()
                .forEach(row -> minutes.put((HoursStatus) row[0], ((Number) row[1]).longValue()));
        return minutes;
    }
}
