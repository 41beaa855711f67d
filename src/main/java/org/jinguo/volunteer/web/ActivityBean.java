package org.jinguo.volunteer.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.QrCodes;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.volunteer.service.ActivityService;
import org.jinguo.volunteer.service.ActivityService.ActivityRow;
import org.jinguo.volunteer.service.ActivityService.ActivityView;
import org.jinguo.volunteer.service.CheckinPoster;
import org.jinguo.volunteer.service.MatchingService;
import org.jinguo.volunteer.service.MatchingService.Match;
import org.jinguo.volunteer.service.VolunteerService;
import org.jinguo.volunteer.service.VolunteerService.VolunteerRow;

/**
 * One activity: its sign-ups and waiting list, check-in by staff or by the QR code shown at the venue, the
 * best-matching volunteers with the reasons for their rank, and inviting them.
 */
@Named
@ViewScoped
public class ActivityBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MATCHES = 20;

    @Inject
    ActivityService activities;

    @Inject
    MatchingService matching;

    @Inject
    VolunteerService volunteers;

    private String id;
    private ActivityView activity;
    private List<Match> matches;
    private List<Match> selected = new ArrayList<>();
    private VolunteerRow volunteer;

    public void load() throws IOException {
        UiActions.load(() -> activity = activities.view(Long.parseLong(id)));
    }

    private void reload() {
        activity = activities.view(activity.row().id());
    }

    public void signUp() {
        UiActions.attempt("signupsForm", () -> {
            if (volunteer == null) {
                throw new BusinessRuleException("signup.volunteer.required", "volunteer");
            }
            UiActions.info("signedUp." + activities.signUp(activity.row().id(), volunteer.id()), volunteer.name());
            volunteer = null;
            reload();
        });
    }

    public void cancelSignup(long signupId) {
        UiActions.attempt("signupsForm", () -> {
            activities.cancelSignup(signupId).ifPresent(name -> UiActions.info("signup.promoted", name));
            reload();
        });
    }

    public void scan(long signupId) {
        UiActions.attempt("signupsForm", () -> {
            activities.scan(signupId);
            reload();
        });
    }

    public void attended(long signupId) {
        UiActions.attempt("signupsForm", () -> {
            activities.attended(signupId);
            reload();
        });
    }

    public void cancelActivity(boolean following) {
        UiActions.attempt("signupsForm", () -> {
            UiActions.info("activity.cancelled", activities.cancel(activity.row().id(), following));
            reload();
        });
    }

    public void rank() {
        matches = matching.rank(activity.row().id(), MATCHES);
        selected = new ArrayList<>();
    }

    /** Invites the volunteers ticked in the ranking, or the best few still needed when none is ticked. */
    public void invite() {
        UiActions.attempt("matchForm", () -> {
            List<Match> chosen = selected.isEmpty()
                    ? matches.stream().limit(Math.max(1, activity.row().maxNeeded() - activity.row().confirmed())).toList()
                    : selected;
            int invited = activities.invite(activity.row().id(), chosen.stream().map(Match::volunteerId).toList());
            UiActions.info("match.invited", invited);
            reload();
            rank();
        });
    }

    public List<VolunteerRow> completeVolunteer(String query) {
        return volunteers.candidates(null, query);
    }

    /** The address the venue's QR code holds: the check-in page with this activity's token. */
    public String getCheckinLink() {
        if (activity == null || activity.checkinToken() == null) {
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath();
        return base + "/portal/checkin.xhtml?t=" + activity.checkinToken();
    }

    /** The venue's poster: the check-in QR code on an A4 page to print, with the activity's day, time and place. */
    public void poster() throws IOException {
        String link = getCheckinLink();
        if (link == null) {
            return;
        }
        ActivityRow row = activity.row();
        Downloads.pdf(Texts.get("poster.fileName", row.title()), CheckinPoster.pdf(row, link));
    }

    /** The check-in link as a QR code image. */
    public String getCheckinQr() {
        String link = getCheckinLink();
        return link == null ? null : QrCodes.dataUri(link);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ActivityView getActivity() {
        return activity;
    }

    public List<Match> getMatches() {
        return matches;
    }

    public List<Match> getSelected() {
        return selected;
    }

    public void setSelected(List<Match> selected) {
        this.selected = selected;
    }

    public VolunteerRow getVolunteer() {
        return volunteer;
    }

    public void setVolunteer(VolunteerRow volunteer) {
        this.volunteer = volunteer;
    }
}
