package org.jinguo.volunteer.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jinguo.platform.audit.AuditContext;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.Activity;
import org.jinguo.volunteer.model.ApplicationStatus;
import org.jinguo.volunteer.model.Campaign;
import org.jinguo.volunteer.model.CampaignApplication;
import org.jinguo.volunteer.model.HoursStatus;
import org.jinguo.volunteer.model.ServiceHours;
import org.jinguo.volunteer.model.Signup;
import org.jinguo.volunteer.model.SignupStatus;
import org.jinguo.volunteer.model.Volunteer;
import org.jinguo.volunteer.model.VolunteerStatus;

/**
 * The volunteer's own portal (志愿者服务): her activities, the open activities near her (her community's street
 * or town and everything in it), signing up and cancelling, answering invitations, checking in by QR code,
 * reporting hours and her certificate. Activities belong to units she does not manage, so this service looks
 * past the unit scope; instead every query is bound to her own volunteer record, found from her account.
 */
@Stateless
@SystemScoped
public class VolunteerPortalService {

    /** A second scan this soon after checking in is taken for a repeated scan (a reload), not a check-out. */
    static final Duration RESCAN_GUARD = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    VolunteerNotices notices;

    @Inject
    CurrentCaller currentCaller;

    /** Her standing and her hours so far. */
    public record MyProfile(String name, String unitName, VolunteerStatus status, String statusReason,
                            long approvedMinutes, long pendingMinutes) implements Serializable {
    }

    /** An activity as she sees it: its places, and her own sign-up if she has one. */
    public record MyActivity(long id, String title, String unitName, ServiceLine line, String place, LocalDate heldOn,
                             LocalTime startsAt, LocalTime endsAt, long confirmed, int maxNeeded, long waiting,
                             SignupStatus myStatus, Instant checkedInAt, Instant checkedOutAt, boolean cancelled)
            implements Serializable {
    }

    /** What a scan of the venue's QR code did. */
    public record ScanResult(String activityTitle, boolean checkedOut, Integer minutes) implements Serializable {
    }

    public MyProfile profile() {
        Volunteer me = me();
        Map<HoursStatus, Long> minutes = Hours.minutesByStatus(em, me.getId());
        return new MyProfile(me.getPerson().getName(), me.getUnit().getName(), me.getStatus(), me.getStatusReason(),
                minutes.getOrDefault(HoursStatus.APPROVED, 0L), minutes.getOrDefault(HoursStatus.PENDING, 0L));
    }

    /** Activities near her from today on, soonest first, that are not cancelled. */
    public List<MyActivity> open(int first, int max) {
        Volunteer me = me();
        List<Activity> activities = em.createQuery("SELECT a FROM Activity a JOIN FETCH a.unit LEFT JOIN FETCH a.team WHERE a.unitPath LIKE :pool "
                        + "AND a.heldOn >= :today AND a.cancelled = FALSE ORDER BY a.heldOn, a.startsAt, a.id", Activity.class)
                .setParameter("pool", pool(me) + "%").setParameter("today", Beijing.today())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
        return mine(me, activities);
    }

    public long countOpen() {
        Volunteer me = me();
        return em.createQuery("SELECT COUNT(a) FROM Activity a WHERE a.unitPath LIKE :pool AND a.heldOn >= :today "
                        + "AND a.cancelled = FALSE", Long.class)
                .setParameter("pool", pool(me) + "%").setParameter("today", Beijing.today()).getSingleResult();
    }

    /** The activities she signed up for, is waiting for or was invited to, latest first. */
    public List<MyActivity> signedUp(int first, int max) {
        Volunteer me = me();
        List<Activity> activities = em.createQuery("SELECT a FROM Signup s JOIN s.activity a JOIN FETCH a.unit LEFT JOIN FETCH a.team "
                        + "WHERE s.volunteer.id = :me AND s.status IN :statuses ORDER BY a.heldOn DESC, a.startsAt DESC, a.id",
                        Activity.class)
                .setParameter("me", me.getId())
                .setParameter("statuses", List.of(SignupStatus.CONFIRMED, SignupStatus.WAITING, SignupStatus.INVITED))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
        return mine(me, activities);
    }

    public long countSignedUp() {
        return em.createQuery("SELECT COUNT(s) FROM Signup s WHERE s.volunteer.id = :me AND s.status IN :statuses", Long.class)
                .setParameter("me", me().getId())
                .setParameter("statuses", List.of(SignupStatus.CONFIRMED, SignupStatus.WAITING, SignupStatus.INVITED))
                .getSingleResult();
    }

    /** Signs her up, or accepts an invitation: a place if one is free, else the waiting list. */
    public SignupStatus signUp(long activityId) {
        Volunteer me = me();
        Signup signup = Signups.signUp(em, near(me, activityId), me);
        em.flush();
        notices.signedUp(signup);
        return signup.getStatus();
    }

    /** Cancels her place (the first on the waiting list moves up) or declines an invitation. */
    public void cancel(long activityId) {
        Volunteer me = me();
        Signup signup = own(me, activityId);
        if (signup.getStatus() == SignupStatus.INVITED) {
            Signups.decline(signup);
        } else {
            Signups.cancel(em, signup).ifPresent(notices::movedUp);
        }
        em.flush();
    }

    /** The venue's QR code: checks her in, or out (recording her hours, pending approval) if she is in already. */
    public ScanResult scan(@NotNull @Size(max = 64) String token) {
        Volunteer me = me();
        Activity activity = em.createQuery("SELECT a FROM Activity a WHERE a.checkinToken = :token", Activity.class)
                .setParameter("token", token).getResultStream().findFirst()
                .orElseThrow(RecordNotFoundException::new);
        Signup signup = em.createQuery("SELECT s FROM Signup s WHERE s.activity.id = :activity AND s.volunteer.id = :me",
                        Signup.class)
                .setParameter("activity", activity.getId()).setParameter("me", me.getId())
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessRuleException("checkin.notSignedUp", null, activity.getTitle()));
        if (signup.getCheckedInAt() != null && signup.getCheckedOutAt() == null
                && signup.getCheckedInAt().isAfter(Instant.now().minus(RESCAN_GUARD))) {
            throw new BusinessRuleException("checkin.justNow", null, activity.getTitle());
        }
        Optional<ServiceHours> hours = Signups.scan(em, signup);
        em.flush();
        return new ScanResult(activity.getTitle(), hours.isPresent(), hours.map(ServiceHours::getMinutes).orElse(null));
    }

    /** Reports her hours: at an activity near her that she was signed up for, or other service described. */
    public long report(Long activityId, LocalDate servedOn, int minutes,
                       @Size(max = 200, message = "{jinguo.size.max}") String description) {
        Volunteer me = me();
        Activity activity = null;
        if (activityId != null) {
            Signup signup = own(me, activityId);
            if (signup.getStatus() != SignupStatus.CONFIRMED) {
                throw new BusinessRuleException("hours.notSignedUp", "activity");
            }
            activity = signup.getActivity();
        } else if (servedOn == null) {
            throw new BusinessRuleException("jinguo.required", "servedOn");
        }
        return Reports.report(em, me, activity, servedOn, minutes, description).getId();
    }

    /** Open campaigns near her (her street or town), soonest deadline first. */
    public List<CampaignService.CampaignRow> campaigns() {
        Volunteer me = me();
        List<Campaign> campaigns = em.createQuery("SELECT c FROM Campaign c JOIN FETCH c.unit LEFT JOIN FETCH c.team "
                        + "LEFT JOIN FETCH c.activity WHERE c.unitPath LIKE :pool AND c.closed = FALSE AND c.deadline >= :today "
                        + "ORDER BY c.deadline, c.id", Campaign.class)
                .setParameter("pool", pool(me) + "%").setParameter("today", Beijing.today())
                .setMaxResults(50).getResultList();
        return CampaignService.rows(em, campaigns);
    }

    /** The campaigns she has applied to, by id, with where her application stands. */
    public Map<Long, ApplicationStatus> myApplications() {
        Map<Long, ApplicationStatus> mine = new HashMap<>();
        em.createQuery("SELECT a.campaign.id, a.status FROM CampaignApplication a WHERE a.volunteer.id = :me", Object[].class)
                .setParameter("me", me().getId()).getResultList()
                .forEach(r -> mine.put((Long) r[0], (ApplicationStatus) r[1]));
        return mine;
    }

    /** Applies to an open campaign near her, once. */
    public void apply(long campaignId, @Size(max = 200, message = "{jinguo.size.max}") String note) {
        Volunteer me = me();
        if (me.getStatus() != VolunteerStatus.ACTIVE) {
            throw new BusinessRuleException("signup.notActive", null, me.getPerson().getName());
        }
        Campaign campaign = em.createQuery("SELECT c FROM Campaign c WHERE c.id = :id AND c.unitPath LIKE :pool", Campaign.class)
                .setParameter("id", campaignId).setParameter("pool", pool(me) + "%")
                .getResultStream().findFirst().orElseThrow(RecordNotFoundException::new);
        if (!campaign.isOpenOn(Beijing.today())) {
            throw new BusinessRuleException("campaign.closed", null);
        }
        boolean applied = !em.createQuery("SELECT a.id FROM CampaignApplication a WHERE a.campaign.id = :c AND a.volunteer.id = :me",
                        Long.class)
                .setParameter("c", campaign.getId()).setParameter("me", me.getId()).getResultList().isEmpty();
        if (applied) {
            throw new BusinessRuleException("campaign.applied", null);
        }
        CampaignApplication application = new CampaignApplication(campaign, me, note == null || note.isBlank() ? null : note.strip());
        application.assignTo(campaign.getUnit());
        em.persist(application);
        em.flush();
    }

    /** Her hours records, newest first. */
    public List<HoursService.HoursRow> hours(int first, int max) {
        Volunteer me = me();
        return em.createQuery("SELECT h FROM ServiceHours h JOIN FETCH h.unit LEFT JOIN FETCH h.activity "
                        + "WHERE h.volunteer.id = :me ORDER BY h.servedOn DESC, h.id DESC", ServiceHours.class)
                .setParameter("me", me.getId())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList().stream().map(HoursService::row).toList();
    }

    public long countHours() {
        return em.createQuery("SELECT COUNT(h) FROM ServiceHours h WHERE h.volunteer.id = :me", Long.class)
                .setParameter("me", me().getId()).getSingleResult();
    }

    /** Her certificate over all her approved hours. */
    public byte[] certificate() {
        return Reports.certificate(em, me());
    }

    private List<MyActivity> mine(Volunteer me, List<Activity> activities) {
        Map<Long, Signup> signups = new HashMap<>();
        if (!activities.isEmpty()) {
            em.createQuery("SELECT s FROM Signup s WHERE s.volunteer.id = :me AND s.activity.id IN :ids", Signup.class)
                    .setParameter("me", me.getId()).setParameter("ids", activities.stream().map(Activity::getId).toList())
                    .getResultList().forEach(s -> signups.put(s.getActivity().getId(), s));
        }
        List<ActivityService.ActivityRow> rows = ActivityService.rows(em, activities);
        return rows.stream().map(r -> {
            Signup s = signups.get(r.id());
            return new MyActivity(r.id(), r.title(), r.unitName(), r.line(), r.place(), r.heldOn(), r.startsAt(), r.endsAt(),
                    r.confirmed(), r.maxNeeded(), r.waiting(), s == null ? null : s.getStatus(),
                    s == null ? null : s.getCheckedInAt(), s == null ? null : s.getCheckedOutAt(), r.cancelled());
        }).toList();
    }

    /** An activity near her; one elsewhere is reported as missing. */
    private Activity near(Volunteer me, long activityId) {
        return em.createQuery("SELECT a FROM Activity a WHERE a.id = :id AND a.unitPath LIKE :pool", Activity.class)
                .setParameter("id", activityId).setParameter("pool", pool(me) + "%")
                .getResultStream().findFirst().orElseThrow(RecordNotFoundException::new);
    }

    private Signup own(Volunteer me, long activityId) {
        return em.createQuery("SELECT s FROM Signup s WHERE s.activity.id = :activity AND s.volunteer.id = :me", Signup.class)
                .setParameter("activity", activityId).setParameter("me", me.getId())
                .getResultStream().findFirst().orElseThrow(RecordNotFoundException::new);
    }

    /** Her street or town: the activities of it and of every community in it are near her. */
    private static String pool(Volunteer me) {
        return Neighbourhood.of(me.getUnit());
    }

    /** Her volunteer record, from her account's person; an account without one has no portal. */
    private Volunteer me() {
        Caller caller = currentCaller.require(Permission.VOLUNTEER_SELF);
        AuditContext.bind(currentCaller.actor());
        // one query, run by every call of her portal: her account's person, and that person's volunteer record
        return em.createQuery("SELECT v FROM Volunteer v JOIN FETCH v.person JOIN FETCH v.unit WHERE v.person.id = "
                        + "(SELECT u.personId FROM UserAccount u WHERE u.id = :user)", Volunteer.class)
                .setParameter("user", caller.userId()).getResultStream().findFirst()
                .orElseThrow(RecordNotFoundException::new);
    }
}
