package org.jinguo.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.organisation.model.ContactChannel;
import org.jinguo.organisation.model.DecisionStatus;
import org.jinguo.organisation.service.ContactService;
import org.jinguo.organisation.service.CouncilService;
import org.jinguo.organisation.service.DutyService;
import org.jinguo.organisation.service.HolderRow;
import org.jinguo.organisation.service.TermRow;
import org.jinguo.organisation.service.TermService;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.OrgUnitService;
import org.jinguo.unit.service.UnitRow;
import org.jinguo.vocabulary.ServiceLine;
import org.primefaces.PrimeFaces;

/**
 * A unit's executive-member mechanisms on one page ({@code ?unit=}): council meetings and the follow-up
 * of their decisions, the weekly on-duty rota, and the members' resident contacts with their log. The
 * people to choose from are the office holders of the unit's current term.
 */
@Named
@ViewScoped
public class MechanismsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrgUnitService units;
    @Inject
    TermService terms;
    @Inject
    CouncilService council;
    @Inject
    DutyService duty;
    @Inject
    ContactService contacts;
    @Inject
    PersonService people;
    @Inject
    AuditTrail auditTrail;

    private static final int EXPORT_PAGE = 200;

    private String unit;
    private UnitRow unitRow;
    private List<HolderRow> holders = List.of();
    private PagedList<CouncilService.MeetingRow> meetings;
    private PagedList<CouncilService.DecisionRow> decisions;
    private PagedList<ContactService.ContactRow> contactRows;
    private CouncilService.MeetingView shownMeeting;
    private CouncilService.MeetingForm meetingForm;
    private List<Long> attendees = new ArrayList<>();
    private DutyService.ShiftForm shiftForm;
    private List<DutyService.ShiftRow> week = List.of();
    private String contactName;
    private Long contactMember;
    private PersonRow contactResident;
    private String household;
    private ContactService.ContactRow shownContact;
    private List<ContactService.LogRow> log = List.of();
    private ContactService.LogForm logForm = new ContactService.LogForm();
    private CouncilService.DecisionRow followUpTarget;
    private DecisionStatus followUpStatus;
    private String followUpNote;

    @PostConstruct
    void init() {
        meetings = new PagedList<>((first, max) -> council.meetings(unitRow.id(), first, max),
                () -> council.countMeetings(unitRow.id()), row -> String.valueOf(row.id()));
        decisions = new PagedList<>((first, max) -> council.openDecisions(unitRow.id(), first, max),
                () -> council.countOpenDecisions(unitRow.id()), row -> String.valueOf(row.id()));
        contactRows = new PagedList<>((first, max) -> contacts.contacts(unitRow.id(), contactName, first, max),
                () -> contacts.countContacts(unitRow.id(), contactName), row -> String.valueOf(row.id()));
    }

    /** View action: the unit, its current office holders and its rota; an unknown unit answers 404. */
    public void load() throws IOException {
        if (unitRow != null) {
            return;
        }
        UiActions.load(() -> {
            long id = Long.parseLong(unit == null ? "" : unit.trim());
            unitRow = units.row(id);
            LocalDate today = Beijing.today();
            holders = terms.terms(id).stream().filter(TermRow::current).findFirst()
                    .map(term -> terms.holders(term.id())).orElse(List.of());
            week = duty.week(id);
            prepareMeeting();
            prepareShift();
            logForm.setContactedOn(today);
        });
    }

    // ---- council meetings

    public void prepareMeeting() {
        meetingForm = new CouncilService.MeetingForm();
        meetingForm.setUnitId(unitRow.id());
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
        meetingForm.setAttendeeIds(new java.util.HashSet<>(attendees));
        UiActions.attempt("meetingForm", () -> {
            council.record(meetingForm);
            UiActions.info("meeting.recorded", meetingForm.getTopic());
            PrimeFaces.current().executeScript("PF('meetingDialog').hide()");
            prepareMeeting();
        });
    }

    public void showMeeting(long id) {
        UiActions.attempt(null, () -> {
            shownMeeting = council.meeting(id);
        });
    }

    public void prepareFollowUp(CouncilService.DecisionRow row) {
        followUpTarget = row;
        followUpStatus = row.status();
        followUpNote = row.followUp();
    }

    public void saveFollowUp() {
        UiActions.attempt("followUpForm", () -> {
            council.followUp(followUpTarget.id(), followUpStatus, followUpNote);
            UiActions.info("decision.followedUp");
            PrimeFaces.current().executeScript("PF('followUpDialog').hide()");
        });
    }

    public CouncilService.DecisionRow getFollowUpTarget() {
        return followUpTarget;
    }

    public DecisionStatus getFollowUpStatus() {
        return followUpStatus;
    }

    public void setFollowUpStatus(DecisionStatus followUpStatus) {
        this.followUpStatus = followUpStatus;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public void setFollowUpNote(String followUpNote) {
        this.followUpNote = followUpNote;
    }

    // ---- on-duty rota

    public void prepareShift() {
        shiftForm = new DutyService.ShiftForm();
        shiftForm.setUnitId(unitRow.id());
    }

    public void addShift() {
        UiActions.attempt("shiftForm", () -> {
            duty.addShift(shiftForm);
            UiActions.info("duty.added");
            week = duty.week(unitRow.id());
            DayOfWeek day = shiftForm.getDay();
            prepareShift();
            shiftForm.setDay(day);
        });
    }

    public void removeShift(DutyService.ShiftRow shift) {
        UiActions.attempt(null, () -> {
            duty.removeShift(shift.id());
            week = duty.week(unitRow.id());
        });
    }

    /** The shifts of one day of the week. */
    public List<DutyService.ShiftRow> shiftsOn(DayOfWeek day) {
        return week.stream().filter(s -> s.day() == day).toList();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    // ---- resident contacts

    public List<PersonRow> completeResident(String query) {
        return people.candidates(query);
    }

    public void addContact() {
        UiActions.attempt("contactForm", () -> {
            contacts.addContact(unitRow.id(), contactMember == null ? 0 : contactMember,
                    contactResident == null ? 0 : contactResident.id(), household);
            UiActions.info("contact.added");
            contactResident = null;
            household = null;
        });
    }

    public void showContact(ContactService.ContactRow row) {
        shownContact = row;
        log = contacts.log(row.id());
        logForm = new ContactService.LogForm();
        logForm.setContactedOn(Beijing.today());
    }

    public void addLog() {
        UiActions.attempt("logForm", () -> {
            contacts.addLog(shownContact.id(), logForm);
            UiActions.info("contact.logged");
            showContact(shownContact);
        });
    }

    /** The open decisions of the subtree as a spreadsheet; audited. */
    public void exportDecisions() throws IOException {
        List<String> headers = List.of(Texts.get("meeting.heldOn"), Texts.get("meeting.topic"), Texts.get("person.unit"),
                Texts.get("decision.text"), Texts.get("decision.responsible"), Texts.get("decision.dueOn"),
                Texts.get("decision.status"), Texts.get("decision.note"));
        Downloads.xlsx(Texts.get("decisions.open"), headers, sheet -> {
            Downloads.eachRow((first, max) -> council.openDecisions(unitRow.id(), first, max), EXPORT_PAGE,
                    d -> sheet.row(d.heldOn(), d.topic(), d.unitName(), d.text(), d.responsible(), d.dueOn(),
                            Texts.get("decisionStatus." + d.status()), d.followUp()));
            return sheet.dataRows();
        }, count -> auditTrail.exported("MeetingDecision", count, "open decisions under unit " + unitRow.id()));
    }

    /** The resident contacts of the subtree as a spreadsheet; audited. */
    public void exportContacts() throws IOException {
        List<String> headers = List.of(Texts.get("contact.member"), Texts.get("contact.resident"),
                Texts.get("contact.household"), Texts.get("person.unit"), Texts.get("contact.count"),
                Texts.get("contact.last"), Texts.get("contact.needs"));
        Downloads.xlsx(Texts.get("contacts.title"), headers, sheet -> {
            Downloads.eachRow((first, max) -> contacts.contacts(unitRow.id(), contactName, first, max), EXPORT_PAGE,
                    c -> sheet.row(c.memberName(), c.residentName(), c.household(), c.unitName(), c.contacts(),
                            c.lastContact(), c.needs()));
            return sheet.dataRows();
        }, count -> auditTrail.exported("ResidentContact", count, "contacts under unit " + unitRow.id()));
    }

    public DecisionStatus[] getStatuses() {
        return DecisionStatus.values();
    }

    public ContactChannel[] getChannels() {
        return ContactChannel.values();
    }

    public ServiceLine[] getLines() {
        return ServiceLine.values();
    }

    // ---- properties

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public UnitRow getUnitRow() {
        return unitRow;
    }

    public List<HolderRow> getHolders() {
        return holders;
    }

    public PagedList<CouncilService.MeetingRow> getMeetings() {
        return meetings;
    }

    public PagedList<CouncilService.DecisionRow> getDecisions() {
        return decisions;
    }

    public PagedList<ContactService.ContactRow> getContactRows() {
        return contactRows;
    }

    public CouncilService.MeetingView getShownMeeting() {
        return shownMeeting;
    }

    public CouncilService.MeetingForm getMeetingForm() {
        return meetingForm;
    }

    public List<Long> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<Long> attendees) {
        this.attendees = attendees == null ? new ArrayList<>() : attendees;
    }

    public DutyService.ShiftForm getShiftForm() {
        return shiftForm;
    }

    /** The contact list's filter: part of the member's or the resident's name. */
    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public Long getContactMember() {
        return contactMember;
    }

    public void setContactMember(Long contactMember) {
        this.contactMember = contactMember;
    }

    public PersonRow getContactResident() {
        return contactResident;
    }

    public void setContactResident(PersonRow contactResident) {
        this.contactResident = contactResident;
    }

    public String getHousehold() {
        return household;
    }

    public void setHousehold(String household) {
        this.household = household;
    }

    public ContactService.ContactRow getShownContact() {
        return shownContact;
    }

    public List<ContactService.LogRow> getLog() {
        return log;
    }

    public ContactService.LogForm getLogForm() {
        return logForm;
    }
}
