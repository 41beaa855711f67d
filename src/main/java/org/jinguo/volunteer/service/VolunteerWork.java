package org.jinguo.volunteer.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.work.WorkItem;
import org.jinguo.platform.work.WorkItem.Urgency;
import org.jinguo.platform.work.WorkSource;
import org.jinguo.volunteer.model.ApplicationStatus;
import org.jinguo.volunteer.model.HoursStatus;
import org.jinguo.volunteer.model.SignupStatus;
import org.jinguo.volunteer.model.VolunteerStatus;

/**
 * Volunteers' to-dos on the home page: for staff, applicants to review, applications to campaigns and hours to approve
 * (counted by the lists behind the links, so the figure is what she finds there); for a volunteer, the invitations to
 * activities she has not answered.
 */
@Stateless
@ScopedToCaller
public class VolunteerWork implements WorkSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    VolunteerService volunteers;

    @Override
    public List<WorkItem> itemsFor(Caller caller) {
        List<WorkItem> items = new ArrayList<>();
        if (caller.can(Permission.RECORD_EDIT)) {
            VolunteerFilter applicants = new VolunteerFilter();
            applicants.setStatus(VolunteerStatus.APPLICANT);
            WorkItem.of("volunteerApplicants", volunteers.count(applicants), Urgency.WAITING,
                    "/volunteer/volunteers.xhtml?status=APPLICANT").ifPresent(items::add);
            WorkItem.of("campaignApplications", em.createQuery("SELECT COUNT(a) FROM CampaignApplication a WHERE a.status = :pending",
                            Long.class).setParameter("pending", ApplicationStatus.PENDING).getSingleResult(), Urgency.WAITING,
                    "/volunteer/campaigns.xhtml").ifPresent(items::add);
            // the hours page shows this year's records unless told where to start: from the oldest waiting
            Object[] pending = em.createQuery("SELECT COUNT(h), MIN(h.servedOn) FROM ServiceHours h WHERE h.status = :pending",
                    Object[].class).setParameter("pending", HoursStatus.PENDING).getSingleResult();
            WorkItem.of("hoursToApprove", (Long) pending[0], Urgency.WAITING, "/volunteer/hours.xhtml?from=" + pending[1])
                    .ifPresent(items::add);
        }
        if (caller.can(Permission.VOLUNTEER_SELF)) {
            WorkItem.of("invitations", em.createQuery("SELECT COUNT(s) FROM Signup s WHERE s.status = :invited AND s.activity.heldOn >= :today"
                                    + " AND s.volunteer.person.id = (SELECT u.personId FROM UserAccount u WHERE u.id = :user)", Long.class)
                            .setParameter("invited", SignupStatus.INVITED).setParameter("today", Beijing.today())
                            .setParameter("user", caller.userId()).getSingleResult(), Urgency.DUE, "/portal/volunteer.xhtml")
                    .ifPresent(items::add);
        }
        return items;
    }
}
