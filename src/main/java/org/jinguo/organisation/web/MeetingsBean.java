package org.jinguo.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jinguo.organisation.service.CouncilService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.UiActions;

/** The council meetings of the mechanisms page: the list, recording a meeting with its decisions, one shown. */
@Named
@ViewScoped
public class MeetingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MechanismsBean mechanisms;
    @Inject
    CouncilService council;

    private PagedList<CouncilService.MeetingRow> meetings;
    private CouncilService.MeetingView shownMeeting;
    private CouncilService.MeetingForm meetingForm;
    private List<Long> attendees = new ArrayList<>();

    @PostConstruct
    void init() {
        meetings = new PagedList<>((first, max) -> council.meetings(mechanisms.unitId(), first, max),
                () -> council.countMeetings(mechanisms.unitId()), row -> String.valueOf(row.id()));
    }

    /** A new meeting held today, with three empty decisions to fill in. */
    public void prepareMeeting() {
        meetingForm = new CouncilService.MeetingForm();
        meetingForm.setUnitId(mechanisms.unitId());
        meetingForm.setHeldOn(Beijing.today());
        for (int i = 0; i < 3; i++) {
            meetingForm.getDecisions().add(new CouncilService.DecisionForm());
        }
        attendees = new ArrayList<>();
    }

    public void addDecisionRow() {
        meetingForm.getDecisions().add(new CouncilService.DecisionForm());
    }

    public void recordMeeting() {
        meetingForm.setAttendeeIds(new HashSet<>(attendees));
        UiActions.attempt("meetingForm", () -> {
            council.record(meetingForm);
            UiActions.info("meeting.recorded", meetingForm.getTopic());
            prepareMeeting();
        });
    }

    public void showMeeting(long id) {
        UiActions.attempt(null, () -> {
            shownMeeting = council.meeting(id);
        });
    }

    public PagedList<CouncilService.MeetingRow> getMeetings() {
        return meetings;
    }

    public CouncilService.MeetingView getShownMeeting() {
        return shownMeeting;
    }

    public CouncilService.MeetingForm getMeetingForm() {
        if (meetingForm == null) {
            prepareMeeting();
        }
        return meetingForm;
    }

    public List<Long> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<Long> attendees) {
        this.attendees = attendees == null ? new ArrayList<>() : attendees;
    }
}
