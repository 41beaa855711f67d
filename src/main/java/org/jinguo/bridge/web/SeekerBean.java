package org.jinguo.bridge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.jinguo.bridge.service.JobService.Match;
import org.jinguo.bridge.service.JobService.SeekerView;
import org.jinguo.bridge.service.SeekerForm;
import org.jinguo.platform.web.UiActions;

/** One job seeker: her profile and training, the open positions ranked for her with their reasons, her referrals. */
@Named
@ViewScoped
public class SeekerBean extends ReferralsPage {

    private static final long serialVersionUID = 1L;
    private static final int MATCHES = 15;

    private String id;
    private SeekerView seeker;
    private List<Match> matches;
    private SeekerForm form;

    public void load() throws IOException {
        UiActions.load(() -> seeker = jobs.seeker(Long.parseLong(id)));
    }

    @Override
    protected void reload() {
        seeker = jobs.seeker(seeker.row().id());
        if (matches != null && seeker.row().status() == org.jinguo.bridge.model.SeekerStatus.LOOKING) {
            rank();
        } else {
            matches = null; // placed, or no longer looking: nothing more to rank
        }
    }

    @Override
    protected String formId() {
        return "seekerForm";
    }

    public void rank() {
        matches = jobs.rankPositions(seeker.row().id(), MATCHES);
    }

    public void refer(long positionId) {
        UiActions.attempt(formId(), () -> {
            jobs.refer(seeker.row().id(), positionId);
            UiActions.info("referral.done");
            reload();
        });
    }

    public void edit() {
        form = jobs.seekerForm(seeker.row().id());
    }

    public void save() {
        if (form == null) {
            UiActions.nothingChosen();
            return;
        }
        UiActions.attempt("editForm", () -> {
            jobs.updateSeeker(form);
            reload();
        });
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SeekerView getSeeker() {
        return seeker;
    }

    public List<Match> getMatches() {
        return matches;
    }

    public SeekerForm getForm() {
        return form;
    }
}
