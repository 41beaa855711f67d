package org.jinguo.volunteer.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.volunteer.model.Activity;
import org.jinguo.volunteer.model.HoursSource;
import org.jinguo.volunteer.model.HoursStatus;
import org.jinguo.volunteer.model.ServiceHours;
import org.jinguo.volunteer.model.Volunteer;
import org.jinguo.volunteer.model.VolunteerStatus;

/** Reported hours and the certificate, the same for staff and for the volunteer herself. */
final class Reports {

    private Reports() {
    }

    /** Reported hours: by an active (or paused) volunteer, on a past day or today, half an hour to twelve. */
    static ServiceHours report(EntityManager em, Volunteer volunteer, Activity activity, LocalDate servedOn, int minutes,
                               String description) {
        if (volunteer.getStatus() != VolunteerStatus.ACTIVE && volunteer.getStatus() != VolunteerStatus.INACTIVE) {
            throw new BusinessRuleException("hours.notAVolunteer", "volunteer", volunteer.getPerson().getName());
        }
        LocalDate day = activity == null ? servedOn : activity.getHeldOn();
        if (day.isAfter(Beijing.today())) {
            throw new BusinessRuleException("hours.future", "servedOn");
        }
        if (activity == null && blankToNull(description) == null) {
            throw new BusinessRuleException("hours.description.required", "description");
        }
        ServiceHours hours = Hours.record(em, volunteer, activity, day, minutes, HoursSource.REPORTED, blankToNull(description));
        em.flush();
        return hours;
    }

    /** Her certificate over her approved hours (those the entity manager's scope shows), newest first. */
    static byte[] certificate(EntityManager em, Volunteer volunteer) {
        List<ServiceHours> approved = em.createQuery("SELECT h FROM ServiceHours h LEFT JOIN FETCH h.activity "
                        + "WHERE h.volunteer.id = :id AND h.status = :approved ORDER BY h.servedOn DESC, h.id DESC",
                        ServiceHours.class)
                .setParameter("id", volunteer.getId()).setParameter("approved", HoursStatus.APPROVED)
                .getResultList();
        if (approved.isEmpty()) {
            throw new BusinessRuleException("certificate.noHours", null);
        }
        long total = approved.stream().mapToLong(ServiceHours::getMinutes).sum();
        LocalDate today = Beijing.today();
        List<Certificate.Line> lines = approved.stream()
                .map(h -> new Certificate.Line(h.getServedOn(),
                        h.getActivity() == null ? h.getDescription() : h.getActivity().getTitle(), h.getMinutes()))
                .toList();
        return Certificate.pdf(new Certificate.Content(
                "JG-" + volunteer.getId() + "-" + today.format(DateTimeFormatter.BASIC_ISO_DATE),
                volunteer.getPerson().getName(), volunteer.getPerson().getIdCardMasked(), volunteer.getUnit().getName(),
                total, approved.get(approved.size() - 1).getServedOn(), approved.get(0).getServedOn(), lines, today));
    }
}
