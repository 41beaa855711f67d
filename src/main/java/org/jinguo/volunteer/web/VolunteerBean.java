package org.jinguo.volunteer.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.volunteer.model.VolunteerStatus;
import org.jinguo.volunteer.service.HoursService;
import org.jinguo.volunteer.service.VolunteerService.VolunteerView;
import org.jinguo.volunteer.service.VolunteerService;

/** One volunteer: her profile and record, the review of an applicant, status changes, her certificate. */
@Named
@ViewScoped
public class VolunteerBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VolunteerService volunteers;

    @Inject
    HoursService hours;

    private String id;
    private VolunteerView volunteer;
    private VolunteerStatus next;
    private String reason;

    public void load() throws IOException {
        UiActions.load(() -> volunteer = volunteers.view(Long.parseLong(id)));
    }

    /** Approves an applicant (no reason needed). */
    public void approve() {
        change(VolunteerStatus.ACTIVE, null);
    }

    /** Opens the change dialog for {@code status}. */
    public void prepare(VolunteerStatus status) {
        next = status;
        reason = null;
    }

    public void changeStatus() {
        change(next, reason);
    }

    private void change(VolunteerStatus status, String why) {
        UiActions.attempt("statusForm", () -> {
            volunteers.changeStatus(volunteer.id(), status, why);
            volunteer = volunteers.view(volunteer.id());
            UiActions.info("volunteer.statusChanged", Texts.get("volunteerStatus." + status));
        });
    }

    public void certificate() throws IOException {
        byte[] pdf = UiActions.attempt("statusForm", () -> hours.certificate(volunteer.id()));
        if (pdf != null) {
            Downloads.pdf(Texts.get("certificate.fileName", volunteer.name()), pdf);
        }
    }

    public List<VolunteerStatus> getNextStatuses() {
        return volunteer == null ? List.of() : List.copyOf(volunteer.status().next());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public VolunteerView getVolunteer() {
        return volunteer;
    }

    public VolunteerStatus getNext() {
        return next;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
