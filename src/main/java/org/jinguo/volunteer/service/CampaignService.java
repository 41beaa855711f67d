package org.jinguo.volunteer.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.config.QueryHints;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.Like;
import org.jinguo.platform.scope.DataScope;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.scope.Unit;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.volunteer.model.Activity;
import org.jinguo.volunteer.model.ApplicationStatus;
import org.jinguo.volunteer.model.Campaign;
import org.jinguo.volunteer.model.CampaignApplication;
import org.jinguo.volunteer.model.Skill;
import org.jinguo.volunteer.model.Team;

/**
 * Recruitment campaigns (志愿者招募) of the caller's unit and below, for a team or an activity, and the
 * applications to them: accepting one adds her to the team, or signs her up for the activity.
 */
@Stateless
@ScopedToCaller
public class CampaignService {

    @PersistenceContext
    EntityManager em;

    @Inject
    VolunteerNotices notices;

    @Inject
    CurrentCaller currentCaller;

    /** A new campaign: for a team or for an activity (exactly one). */
    public static class CampaignForm implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotBlank(message = "{jinguo.required}")
        @Size(max = 100, message = "{jinguo.size.max}")
        private String title;
        private Long teamId;
        private Long activityId;
        @Min(value = 1, message = "{jinguo.count.min}")
        @Max(value = 500, message = "{jinguo.count.max}")
        private int needed = 5;
        @NotNull(message = "{jinguo.required}")
        private LocalDate deadline;
        @NotNull(message = "{jinguo.required}")
        private Set<Skill> skills = EnumSet.noneOf(Skill.class);
        @Size(max = 1000, message = "{jinguo.size.max}")
        private String description;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Long getTeamId() {
            return teamId;
        }

        public void setTeamId(Long teamId) {
            this.teamId = teamId;
        }

        public Long getActivityId() {
            return activityId;
        }

        public void setActivityId(Long activityId) {
            this.activityId = activityId;
        }

        public int getNeeded() {
            return needed;
        }

        public void setNeeded(int needed) {
            this.needed = needed;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public void setDeadline(LocalDate deadline) {
            this.deadline = deadline;
        }

        public Set<Skill> getSkills() {
            return skills;
        }

        public void setSkills(Set<Skill> skills) {
            this.skills = skills;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    /** One campaign with its applications counted. */
    public record CampaignRow(long id, String title, String unitName, String forName, boolean forTeam, int needed,
                              LocalDate deadline, Set<Skill> skills, String description, boolean open, long pending,
                              long accepted) implements Serializable {
    }

    /** One application. */
    public record ApplicationRow(long id, long volunteerId, String name, String unitName, Set<Skill> skills,
                                 ApplicationStatus status, String note, String decidedBy) implements Serializable {
    }

    public long create(@NotNull @Valid CampaignForm form) {
        Caller caller = viewer();
        if ((form.getTeamId() == null) == (form.getActivityId() == null)) {
            throw new BusinessRuleException("campaign.target.required", "target");
        }
        if (form.getDeadline().isBefore(Beijing.today())) {
            throw new BusinessRuleException("campaign.deadline.past", "deadline");
        }
        Team team = form.getTeamId() == null ? null : Scoped.byId(em, Team.class, form.getTeamId());
        Activity activity = form.getActivityId() == null ? null : Scoped.byId(em, Activity.class, form.getActivityId());
        Unit unit = team != null ? team.getUnit() : activity.getUnit();
        caller.require(Permission.RECORD_EDIT, unit.getPath());
        Campaign campaign = new Campaign(form.getTitle().strip(), team, activity, form.getNeeded(), form.getDeadline());
        campaign.setSkills(form.getSkills());
        campaign.setDescription(blankToNull(form.getDescription()));
        campaign.assignTo(unit);
        em.persist(campaign);
        em.flush();
        return campaign.getId();
    }

    /** The campaigns whose title contains {@code text} (all when blank), only the open ones if asked; open ones first, latest deadline first. */
    public List<CampaignRow> list(String text, boolean openOnly, int first, int max) {
        viewer();
        List<Campaign> campaigns = conditions(text, openOnly).list(em, "SELECT c FROM Campaign c JOIN FETCH c.unit "
                + "LEFT JOIN FETCH c.team LEFT JOIN FETCH c.activity", " ORDER BY c.closed, c.deadline DESC, c.id DESC",
                Campaign.class, first, max);
        return rows(em, campaigns);
    }

    public long count(String text, boolean openOnly) {
        viewer();
        return conditions(text, openOnly).count(em, "SELECT COUNT(c) FROM Campaign c");
    }

    private Conditions conditions(String text, boolean openOnly) {
        return new Conditions()
                .addIf(Like.given(text), "LOWER(c.title) LIKE :text" + Like.ESCAPE, "text", () -> Like.containing(text))
                .addIf(openOnly, "c.closed = FALSE")
                .addIf(openOnly, "c.deadline >= :today", "today", Beijing::today);
    }

    public List<ApplicationRow> applications(long campaignId) {
        viewer();
        Campaign campaign = Scoped.byId(em, Campaign.class, campaignId);
        return em.createQuery("SELECT a FROM CampaignApplication a JOIN FETCH a.volunteer "
                        + "WHERE a.campaign.id = :id ORDER BY a.status, a.id", CampaignApplication.class)
                .setHint(QueryHints.FETCH, "a.volunteer.person") // a nested JOIN FETCH in JPQL loaded them row by row
                .setHint(QueryHints.FETCH, "a.volunteer.unit")
                .setParameter("id", campaign.getId()).getResultList().stream()
                .map(a -> new ApplicationRow(a.getId(), a.getVolunteer().getId(), a.getVolunteer().getPerson().getName(),
                        a.getVolunteer().getUnit().getName(), a.getVolunteer().getSkills(), a.getStatus(), a.getNote(),
                        a.getDecidedBy()))
                .toList();
    }

    /** Accepts (she joins the team, or signs up for the activity) or declines an application. */
    public void decide(long applicationId, boolean accept) {
        decide(viewer(), applicationId, accept);
        em.flush();
    }

    /**
     * Accepts or declines several applications at once (the rows ticked on the campaign's list): all or none.
     * One that was decided meanwhile, or whose volunteer cannot join, stops the whole batch with its message.
     */
    public int decideAll(@NotNull @Size(min = 1, max = 200, message = "{jinguo.size.max}") List<Long> applicationIds,
                         boolean accept) {
        Caller caller = viewer();
        for (Long id : applicationIds) {
            decide(caller, id, accept);
        }
        em.flush();
        return applicationIds.size();
    }

    private void decide(Caller caller, long applicationId, boolean accept) {
        CampaignApplication application = Scoped.byId(em, CampaignApplication.class, applicationId);
        caller.require(Permission.RECORD_EDIT, application.getUnitPath());
        application.decide(accept, caller.displayName());
        Campaign campaign = application.getCampaign();
        if (accept) {
            if (campaign.getTeam() != null) {
                if (!DataScope.covers(campaign.getTeam().getUnitPath(), application.getVolunteer().getUnitPath())) {
                    throw new BusinessRuleException("team.member.elsewhere", "volunteer",
                            application.getVolunteer().getPerson().getName());
                }
                campaign.getTeam().addMember(application.getVolunteer());
            } else {
                notices.signedUp(Signups.signUp(em, campaign.getActivity(), application.getVolunteer()));
            }
        }
    }

    public void close(long campaignId) {
        Caller caller = viewer();
        Campaign campaign = Scoped.byId(em, Campaign.class, campaignId);
        caller.require(Permission.RECORD_EDIT, campaign.getUnitPath());
        campaign.close();
        em.flush();
    }

    static List<CampaignRow> rows(EntityManager em, List<Campaign> campaigns) {
        Map<Long, long[]> counts = new HashMap<>();
        if (!campaigns.isEmpty()) {
            em.createQuery("SELECT a.campaign.id, a.status, COUNT(a) FROM CampaignApplication a WHERE a.campaign.id IN :ids "
                            + "GROUP BY a.campaign.id, a.status", Object[].class)
                    .setParameter("ids", campaigns.stream().map(Campaign::getId).toList()).getResultList()
                    .forEach(r -> {
                        long[] c = counts.computeIfAbsent((Long) r[0], k -> new long[2]);
                        if (r[1] == ApplicationStatus.PENDING) {
                            c[0] = (Long) r[2];
                        } else if (r[1] == ApplicationStatus.ACCEPTED) {
                            c[1] = (Long) r[2];
                        }
                    });
        }
        LocalDate today = Beijing.today();
        return campaigns.stream().map(c -> {
            long[] n = counts.getOrDefault(c.getId(), new long[2]);
            return new CampaignRow(c.getId(), c.getTitle(), c.getUnit().getName(),
                    c.getTeam() != null ? c.getTeam().getName() : c.getActivity().getTitle() + " " + c.getActivity().getHeldOn(),
                    c.getTeam() != null, c.getNeeded(), c.getDeadline(), c.getSkills(), c.getDescription(),
                    c.isOpenOn(today), n[0], n[1]);
        }).toList();
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }
}
