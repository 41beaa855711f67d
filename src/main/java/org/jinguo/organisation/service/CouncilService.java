package org.jinguo.organisation.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jinguo.organisation.model.CouncilMeeting;
import org.jinguo.organisation.model.DecisionStatus;
import org.jinguo.organisation.model.MeetingDecision;
import org.jinguo.person.model.Person;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;

/**
 * Council meetings (执委会议事制度): a unit's meetings with date, topic, attendees and minutes, and
 * their decisions, each followed up until carried out; the open decisions of a subtree in one list.
 */
@Stateless
@ScopedToCaller
public class CouncilService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** A meeting in a unit's list. */
    public record MeetingRow(long id, LocalDate heldOn, String topic, String place, long attendees, long decisions,
                             long open) implements Serializable {
    }

    /** A decision, with the meeting it was taken at; {@code overdue} when past its day and not carried out. */
    public record DecisionRow(long id, long meetingId, LocalDate heldOn, String topic, String unitName, String text,
                              String responsible, LocalDate dueOn, DecisionStatus status, String followUp,
                              boolean overdue, boolean mayEdit) implements Serializable {
    }

    /** A meeting in full. */
    public record MeetingView(long id, String unitName, LocalDate heldOn, String topic, String place, String minutes,
                              List<String> attendees, List<DecisionRow> decisions) implements Serializable {
    }

    /** A new meeting: its unit, date, topic, place, minutes, attendees (people of the registry) and decisions. */
    public static class MeetingForm implements Serializable {

        @NotNull(message = "{jinguo.required}")
        private Long unitId;
        @NotNull(message = "{jinguo.required}")
        private LocalDate heldOn;
        @NotBlank(message = "{jinguo.required}")
        @Size(max = 200, message = "{jinguo.size.max}")
        private String topic;
        @Size(max = 100, message = "{jinguo.size.max}")
        private String place;
        @Size(max = 4000, message = "{jinguo.size.max}")
        private String minutes;
        private Set<Long> attendeeIds = new HashSet<>();
        @Size(max = 20, message = "{jinguo.meeting.decisions.max}")
        private List<@Valid DecisionForm> decisions = new ArrayList<>();

        public Long getUnitId() {
            return unitId;
        }

        public void setUnitId(Long unitId) {
            this.unitId = unitId;
        }

        public LocalDate getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public String getMinutes() {
            return minutes;
        }

        public void setMinutes(String minutes) {
            this.minutes = minutes;
        }

        public Set<Long> getAttendeeIds() {
            return attendeeIds;
        }

        public void setAttendeeIds(Set<Long> attendeeIds) {
            this.attendeeIds = attendeeIds == null ? new HashSet<>() : attendeeIds;
        }

        public List<DecisionForm> getDecisions() {
            return decisions;
        }

        public void setDecisions(List<DecisionForm> decisions) {
            this.decisions = decisions == null ? new ArrayList<>() : decisions;
        }
    }

    /** One decision row of the meeting form; a row without text is left out. */
    public static class DecisionForm implements Serializable {

        @Size(max = 500, message = "{jinguo.size.max}")
        private String text;
        @Size(max = 50, message = "{jinguo.size.max}")
        private String responsible;
        private LocalDate dueOn;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getResponsible() {
            return responsible;
        }

        public void setResponsible(String responsible) {
            this.responsible = responsible;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }

    /** The unit's meetings, newest first. */
    public List<MeetingRow> meetings(long unitId, int first, int max) {
        viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId);
        List<CouncilMeeting> meetings = em.createQuery("SELECT m FROM CouncilMeeting m WHERE m.unit.id = :unit "
                        + "ORDER BY m.heldOn DESC, m.id DESC", CouncilMeeting.class)
                .setParameter("unit", unit.getId())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, Long> present = new HashMap<>();
        if (!meetings.isEmpty()) {
            List<Long> ids = meetings.stream().map(CouncilMeeting::getId).toList();
            em.createQuery("SELECT m.id, COUNT(a) FROM CouncilMeeting m JOIN m.attendees a WHERE m.id IN :ids "
                            + "GROUP BY m.id", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> present.put((Long) row[0], (Long) row[1]));
            em.createQuery("SELECT d.meeting.id, COUNT(d), SUM(CASE WHEN d.status = :done THEN 0 ELSE 1 END) "
                            + "FROM MeetingDecision d WHERE d.meeting.id IN :ids GROUP BY d.meeting.id", Object[].class)
                    .setParameter("done", DecisionStatus.DONE)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> counts.put((Long) row[0], new long[] {(Long) row[1], ((Number) row[2]).longValue()}));
        }
        return meetings.stream().map(m -> {
            long[] c = counts.getOrDefault(m.getId(), new long[2]);
            return new MeetingRow(m.getId(), m.getHeldOn(), m.getTopic(), m.getPlace(), present.getOrDefault(m.getId(), 0L),
                    c[0], c[1]);
        }).toList();
    }

    public long countMeetings(long unitId) {
        viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId);
        return em.createQuery("SELECT COUNT(m) FROM CouncilMeeting m WHERE m.unit.id = :unit", Long.class)
                .setParameter("unit", unit.getId()).getSingleResult();
    }

    public MeetingView meeting(long id) {
        Caller caller = viewer();
        CouncilMeeting meeting = Scoped.byId(em, CouncilMeeting.class, id);
        List<DecisionRow> decisions = em.createQuery("SELECT d FROM MeetingDecision d JOIN FETCH d.unit WHERE d.meeting.id = :id ORDER BY d.id",
                        MeetingDecision.class)
                .setParameter("id", id).getResultList().stream().map(d -> row(caller, d)).toList();
        return new MeetingView(meeting.getId(), meeting.getUnit().getName(), meeting.getHeldOn(), meeting.getTopic(),
                meeting.getPlace(), meeting.getMinutes(),
                meeting.getAttendees().stream().map(Person::getName).sorted().toList(), decisions);
    }

    public long record(@NotNull @Valid MeetingForm form) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getUnitId());
        caller.require(Permission.RECORD_EDIT, unit.getPath());
        if (form.getAttendeeIds().isEmpty()) {
            throw new BusinessRuleException("meeting.attendees.required", "attendees");
        }
        Set<Person> attendees = new HashSet<>();
        for (Long personId : form.getAttendeeIds()) {
            attendees.add(Scoped.byId(em, Person.class, personId));
        }
        CouncilMeeting meeting = new CouncilMeeting(form.getHeldOn(), form.getTopic().trim());
        meeting.setPlace(blankToNull(form.getPlace()));
        meeting.setMinutes(blankToNull(form.getMinutes()));
        meeting.setAttendees(attendees);
        meeting.assignTo(unit);
        em.persist(meeting);
        for (DecisionForm decision : form.getDecisions()) {
            if (decision.getText() != null && !decision.getText().isBlank()) {
                MeetingDecision entity = new MeetingDecision(meeting, decision.getText().trim(),
                        blankToNull(decision.getResponsible()), decision.getDueOn());
                entity.assignTo(unit);
                em.persist(entity);
            }
        }
        em.flush();
        return meeting.getId();
    }

    /** Records how far a decision has got. */
    public void followUp(long decisionId, @NotNull DecisionStatus status,
                         @Size(max = 500, message = "{jinguo.size.max}") String note) {
        Caller caller = viewer();
        MeetingDecision decision = Scoped.byId(em, MeetingDecision.class, decisionId);
        caller.require(Permission.RECORD_EDIT, decision.getUnitPath());
        decision.followUp(status, blankToNull(note));
    }

    /** The decisions of the unit and every unit below it not carried out yet, the most pressing first. */
    public List<DecisionRow> openDecisions(long unitId, int first, int max) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId);
        return em.createQuery("SELECT d FROM MeetingDecision d JOIN FETCH d.meeting JOIN FETCH d.unit WHERE d.unitPath LIKE :path "
                        + "AND d.status <> :done ORDER BY d.dueOn, d.id", MeetingDecision.class)
                .setParameter("path", unit.getPath() + "%").setParameter("done", DecisionStatus.DONE)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList().stream().map(d -> row(caller, d)).toList();
    }

    public long countOpenDecisions(long unitId) {
        viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId);
        return em.createQuery("SELECT COUNT(d) FROM MeetingDecision d WHERE d.unitPath LIKE :path AND d.status <> :done",
                        Long.class)
                .setParameter("path", unit.getPath() + "%").setParameter("done", DecisionStatus.DONE).getSingleResult();
    }

    private static DecisionRow row(Caller caller, MeetingDecision d) {
        LocalDate today = Beijing.today();
        CouncilMeeting m = d.getMeeting();
        return new DecisionRow(d.getId(), m.getId(), m.getHeldOn(), m.getTopic(), d.getUnit().getName(), d.getText(),
                d.getResponsible(), d.getDueOn(), d.getStatus(), d.getFollowUp(),
                d.getStatus() != DecisionStatus.DONE && d.getDueOn() != null && d.getDueOn().isBefore(today),
                caller.can(Permission.RECORD_EDIT, d.getUnitPath()));
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }

}
