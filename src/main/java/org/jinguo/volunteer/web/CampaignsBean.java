package org.jinguo.volunteer.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.UiActions;
import org.jinguo.volunteer.model.ApplicationStatus;
import org.jinguo.volunteer.service.ActivityService;
import org.jinguo.volunteer.service.ActivityService.ActivityFilter;
import org.jinguo.volunteer.service.ActivityService.ActivityRow;
import org.jinguo.volunteer.service.CampaignService;
import org.jinguo.volunteer.service.CampaignService.ApplicationRow;
import org.jinguo.volunteer.service.CampaignService.CampaignForm;
import org.jinguo.volunteer.service.CampaignService.CampaignRow;
import org.jinguo.volunteer.service.TeamService;
import org.jinguo.volunteer.service.TeamService.TeamRow;

/** Recruitment campaigns (志愿者招募) and their applications: open one for a team or an activity, accept or decline. */
@Named
@ViewScoped
public class CampaignsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaigns;

    @Inject
    TeamService teams;

    @Inject
    ActivityService activities;

    @Inject
    CurrentCaller currentCaller;

    private PagedList<CampaignRow> rows;
    private CampaignRow selected;
    private List<ApplicationRow> applications;
    private List<ApplicationRow> chosen = new ArrayList<>();
    private CampaignForm form;
    private boolean forTeam = true;
    private String text;
    private boolean openOnly;
    private List<TeamRow> teamChoices;
    private List<ActivityRow> activityChoices;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max) -> campaigns.list(text, openOnly, first, max),
                () -> campaigns.count(text, openOnly), row -> String.valueOf(row.id()));
        newForm();
        teamChoices = teams.list(null, null, 0, 200, new Sorting("name", true)).stream().filter(TeamRow::active).toList();
        activityChoices = activities.list(new ActivityFilter(null, null, null, Beijing.today(), null, false), 0, 200,
                Sorting.NONE);
    }

    public void newForm() {
        form = new CampaignForm();
        form.setDeadline(Beijing.today().plusDays(14));
    }

    public void create() {
        if (forTeam) {
            form.setActivityId(null);
        } else {
            form.setTeamId(null);
        }
        UiActions.attempt("campaignForm", () -> {
            campaigns.create(form);
            UiActions.info("campaign.created", form.getTitle());
            newForm();
        });
    }

    public void select(CampaignRow row) {
        selected = row;
        chosen = new ArrayList<>();
        applications = campaigns.applications(row.id());
    }

    public void decide(long applicationId, boolean accept) {
        UiActions.attempt("applicationsForm", () -> {
            campaigns.decide(applicationId, accept);
            applications = campaigns.applications(selected.id());
        });
    }

    /** Accepts, or declines, the applications ticked on the list, all or none. */
    public void decideSelected(boolean accept) {
        if (chosen == null || chosen.isEmpty()) {
            UiActions.nothingChosen();
            return;
        }
        List<Long> ids = chosen.stream().map(ApplicationRow::id).toList();
        UiActions.attempt("applicationsForm", () -> {
            int count = campaigns.decideAll(ids, accept);
            UiActions.info(accept ? "campaign.acceptedMany" : "campaign.declinedMany", count);
            chosen = new ArrayList<>();
            applications = campaigns.applications(selected.id());
        });
    }

    public List<ApplicationRow> getChosen() {
        return chosen;
    }

    public void setChosen(List<ApplicationRow> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }

    /** Some application of the selected campaign still waits for a decision. */
    public boolean isAnyPending() {
        return applications != null && applications.stream().anyMatch(a -> a.status() == ApplicationStatus.PENDING);
    }

    public void close() {
        UiActions.attempt("applicationsForm", () -> {
            campaigns.close(selected.id());
            selected = null;
            applications = null;
        });
    }

    /** The active teams to recruit for (the first 200 by name). */
    public List<TeamRow> getTeams() {
        return teamChoices;
    }

    /** The coming activities to recruit for (the first 200). */
    public List<ActivityRow> getActivities() {
        return activityChoices;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public PagedList<CampaignRow> getRows() {
        return rows;
    }

    public CampaignRow getSelected() {
        return selected;
    }

    public List<ApplicationRow> getApplications() {
        return applications;
    }

    public CampaignForm getForm() {
        return form;
    }

    public boolean isForTeam() {
        return forTeam;
    }

    public void setForTeam(boolean forTeam) {
        this.forTeam = forTeam;
    }
}
