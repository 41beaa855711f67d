package org.jinguo.bridge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.jinguo.bridge.service.JobService.Match;
import org.jinguo.bridge.service.JobService.PositionView;
import org.jinguo.platform.web.UiActions;

/** One position: what it offers, the seekers of the user's reach ranked for it with their reasons, the referrals. */
@Named
@ViewScoped
public class PositionBean extends ReferralsPage {

    private static final long serialVersionUID = 1L;
    private static final int MATCHES = 15;

    private String id;
    private PositionView position;
    private List<Match> matches;

    public void load() throws IOException {
        UiActions.load(() -> position = jobs.position(Long.parseLong(id)));
    }

    @Override
    protected void reload() {
        position = jobs.position(position.row().id());
        if (matches != null) {
            rank();
        }
    }

    @Override
    protected String formId() {
        return "positionForm";
    }

    public void rank() {
        matches = jobs.rankSeekers(position.row().id(), MATCHES);
    }

    public void refer(long seekerId) {
        UiActions.attempt(formId(), () -> {
            jobs.refer(seekerId, position.row().id());
            UiActions.info("referral.done");
            reload();
        });
    }

    public void close() {
        UiActions.attempt(formId(), () -> {
            jobs.closePosition(position.row().id());
            reload();
        });
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PositionView getPosition() {
        return position;
    }

    public List<Match> getMatches() {
        return matches;
    }
}
