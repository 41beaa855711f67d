package org.jinguo.bridge.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jinguo.bridge.model.LegalTopic;
import org.jinguo.bridge.service.ConsultationService;
import org.jinguo.bridge.service.ConsultationService.LegalFigures;
import org.jinguo.bridge.service.CourseService;
import org.jinguo.bridge.service.CourseService.TrainerChoice;
import org.jinguo.bridge.service.LegalPlanForm;
import org.jinguo.bridge.service.LegalService;
import org.jinguo.bridge.service.LegalService.SessionRow;
import org.jinguo.bridge.service.LegalService.SessionView;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The legal sessions (法律服务日) as a calendar per place: a session opens with its slots, where staff book a slot for a
 * woman on the phone, cancel one or mark a no-show; sessions are planned one at a time or as a recurring plan. Below,
 * the year's consultations counted by topic and place.
 */
@Named
@ViewScoped
public class LegalBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LegalService legal;
    @Inject
    ConsultationService consultations;
    @Inject
    CourseService courses;
    @Inject
    PersonService people;
    @Inject
    CurrentCaller currentCaller;

    private String place;
    private List<String> places;
    private ScheduleModel calendar;
    private SessionView session;
    private PersonRow person;
    private LegalTopic topic;
    private Integer slot;
    private LegalPlanForm plan = new LegalPlanForm();
    private List<TrainerChoice> providers;
    private LegalFigures figures;

    @PostConstruct
    void init() {
        places = legal.places();
        load();
    }

    /** Reads the calendar again, at the chosen place: a year back and half a year ahead. */
    public void load() {
        LocalDate today = Beijing.today();
        DefaultScheduleModel model = new DefaultScheduleModel();
        for (SessionRow s : legal.calendar(today.minusYears(1), today.plusMonths(6), place)) {
            String free = s.cancelled() ? Texts.get("legal.cancelledMark") : Texts.get("legal.free", s.free(), s.slots());
            model.addEvent(DefaultScheduleEvent.<Long>builder().id(String.valueOf(s.id())).data(s.id())
                    .title(s.providerName() + " · " + free)
                    .startDate(LocalDateTime.of(s.heldOn(), s.startsAt())).endDate(LocalDateTime.of(s.heldOn(), s.endsAt()))
                    .styleClass(s.cancelled() ? "jg-event-cancelled" : s.free() == 0 ? "jg-event-full" : "jg-event-open")
                    .editable(false).build());
        }
        calendar = model;
    }

    public void onEventSelect(SelectEvent<ScheduleEvent<?>> event) {
        open(Long.parseLong(event.getObject().getId()));
    }

    public void open(long sessionId) {
        session = legal.session(sessionId);
        person = null;
        topic = null;
        slot = null;
    }

    private void reload() {
        session = legal.session(session.row().id());
        load();
    }

    public void book(int chosen) {
        UiActions.attempt("sessionForm", () -> {
            if (person == null || topic == null) {
                throw new BusinessRuleException("legal.booking.whoAndWhat", "person");
            }
            legal.book(session.row().id(), chosen, person.id(), topic);
            UiActions.info("legal.booked", person.name());
            person = null;
            topic = null;
            reload();
        });
    }

    public void cancelBooking(long bookingId) {
        UiActions.attempt("sessionForm", () -> {
            legal.cancelBooking(bookingId);
            reload();
        });
    }

    public void noShow(long bookingId) {
        UiActions.attempt("sessionForm", () -> {
            legal.noShow(bookingId);
            reload();
        });
    }

    public void cancelSession() {
        UiActions.attempt("sessionForm", () -> {
            legal.cancel(session.row().id());
            reload();
        });
    }

    public void newPlan() {
        plan = new LegalPlanForm();
        plan.setUnitId(currentCaller.require().unitId());
        plan.setPlace(place);
        if (providers == null) {
            providers = courses.trainers();
        }
    }

    public void savePlan() {
        UiActions.attempt("planForm", () -> {
            UiActions.info("legal.planned", legal.plan(plan).size());
            places = legal.places();
            load();
        });
    }

    public List<PersonRow> completePerson(String query) {
        return people.candidates(query);
    }

    /** The year's consultations counted by topic and place (no content). */
    public LegalFigures getFigures() {
        if (figures == null) {
            figures = consultations.figures(Beijing.today().minusYears(1), Beijing.today());
        }
        return figures;
    }

    public LegalTopic[] getTopics() {
        return LegalTopic.values();
    }

    /** The calendar's language: the reader's. */
    public java.util.Locale getLocale() {
        return Texts.currentLocale();
    }

    /** The place chosen, as its position in the list of places (a text typed into the request matches none). */
    public Integer getPlaceIndex() {
        int i = place == null ? -1 : places.indexOf(place);
        return i < 0 ? null : i;
    }

    public void setPlaceIndex(Integer index) {
        this.place = index == null || index < 0 || index >= places.size() ? null : places.get(index);
    }

    public List<jakarta.faces.model.SelectItem> getPlaceChoices() {
        List<jakarta.faces.model.SelectItem> choices = new java.util.ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            choices.add(new jakarta.faces.model.SelectItem(i, places.get(i)));
        }
        return choices;
    }

    public List<String> getPlaces() {
        return places;
    }

    public ScheduleModel getCalendar() {
        return calendar;
    }

    public SessionView getSession() {
        return session;
    }

    public PersonRow getPerson() {
        return person;
    }

    public void setPerson(PersonRow person) {
        this.person = person;
    }

    public LegalTopic getTopic() {
        return topic;
    }

    public void setTopic(LegalTopic topic) {
        this.topic = topic;
    }

    public Integer getSlot() {
        return slot;
    }

    public void setSlot(Integer slot) {
        this.slot = slot;
    }

    public LegalPlanForm getPlan() {
        return plan;
    }

    public List<TrainerChoice> getProviders() {
        return providers;
    }
}
