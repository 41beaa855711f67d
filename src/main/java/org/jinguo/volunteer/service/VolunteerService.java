package org.jinguo.volunteer.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jinguo.person.model.Person;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.ConcurrentChangeException;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.KeysFirst;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.HoursStatus;
import org.jinguo.volunteer.model.Skill;
import org.jinguo.volunteer.model.Slot;
import org.jinguo.volunteer.model.Volunteer;
import org.jinguo.volunteer.model.VolunteerStatus;

/**
 * The volunteers of the caller's unit and below (巾帼志愿者): registered by staff from the person registry, or
 * applying on the public page ({@link PublicSignUpService}) and reviewed here; their profile and status.
 */
@Stateless
@ScopedToCaller
public class VolunteerService {

    private static final Map<String, String> SORTS = Map.of(
            "name", "v.person.name", "unitName", "v.unit.name", "status", "v.status", "appliedOn", "v.appliedOn");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    PortalAccountService portalAccounts;

    /** One volunteer in a list. */
    public record VolunteerRow(long id, String name, String unitName, VolunteerStatus status, Set<Skill> skills,
                               Set<ServiceLine> lines, LocalDate appliedOn, boolean selfRegistered)
            implements Serializable {
    }

    /** One volunteer with her record of service. */
    public record VolunteerView(long id, long personId, String name, String unitName, VolunteerStatus status,
                                boolean selfRegistered, Set<Skill> skills, Set<ServiceLine> lines, Set<String> slots,
                                String areas, String introduction, LocalDate appliedOn, LocalDate reviewedOn,
                                String reviewedBy, String statusReason, List<String> teams, long approvedMinutes,
                                long pendingMinutes, Reliability reliability, LocalDate childClearedOn) implements Serializable {
    }

    /** Registers a person of the registry as a volunteer, active at once (staff vouch for her). */
    public long register(@NotNull @Valid VolunteerForm form) {
        Caller caller = viewer();
        Person person = Scoped.byId(em, Person.class, form.getPersonId());
        caller.require(Permission.RECORD_EDIT, person.getUnitPath());
        boolean exists = !em.createQuery("SELECT v.id FROM Volunteer v WHERE v.person.id = :person", Long.class)
                .setParameter("person", person.getId()).getResultList().isEmpty();
        if (exists) {
            throw new BusinessRuleException("volunteer.exists", "person", person.getName());
        }
        Volunteer volunteer = new Volunteer(person, false, Beijing.today());
        volunteer.registeredBy(caller.displayName());
        volunteer.assignTo(person.getUnit());
        form.applyTo(volunteer);
        volunteer.setChildClearedOn(form.getChildClearedOn());
        em.persist(volunteer);
        em.flush();
        return volunteer.getId();
    }

    /** A volunteer registered together with her portal sign-in: the sign-in to pass on to her. */
    public record Registered(long id, PortalAccountService.GivenSignIn signIn) implements Serializable {
    }

    /**
     * Registers her and opens her portal sign-in in the same step, all or nothing: a user name already taken
     * leaves no volunteer behind, so the form can be sent again with another.
     */
    public Registered registerWithSignIn(@NotNull @Valid VolunteerForm form, @NotNull String username) {
        long id = register(form);
        return new Registered(id, portalAccounts.open(id, username));
    }

    public VolunteerForm editForm(long id) {
        viewer();
        Volunteer v = Scoped.byId(em, Volunteer.class, id);
        VolunteerForm form = new VolunteerForm();
        form.setId(v.getId());
        form.setVersion(v.getVersion());
        form.setPersonId(v.getPerson().getId());
        form.setSkills(v.getSkills().isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(v.getSkills()));
        form.setLines(v.getLines().isEmpty() ? EnumSet.noneOf(ServiceLine.class) : EnumSet.copyOf(v.getLines()));
        form.setSlots(v.getSlots().stream().map(Slot::key).collect(Collectors.toCollection(TreeSet::new)));
        form.setAreas(v.getAreas());
        form.setIntroduction(v.getIntroduction());
        form.setChildClearedOn(v.getChildClearedOn());
        return form;
    }

    public void update(@NotNull @Valid VolunteerForm form) {
        Caller caller = viewer();
        Volunteer volunteer = Scoped.byId(em, Volunteer.class, form.getId());
        caller.require(Permission.RECORD_EDIT, volunteer.getUnitPath());
        if (volunteer.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException();
        }
        form.applyTo(volunteer);
        volunteer.setChildClearedOn(form.getChildClearedOn());
        em.flush();
    }

    /** Approves or rejects an applicant, pauses, re-activates or archives a volunteer; all but approval need a reason. */
    public void changeStatus(long id, @NotNull VolunteerStatus next,
                             @Size(max = 200, message = "{jinguo.size.max}") String reason) {
        Caller caller = viewer();
        Volunteer volunteer = Scoped.byId(em, Volunteer.class, id);
        caller.require(Permission.RECORD_EDIT, volunteer.getUnitPath());
        volunteer.changeStatus(next, reason, caller.displayName(), Beijing.today());
        em.flush();
    }

    public List<VolunteerRow> list(@NotNull @Valid VolunteerFilter filter, int first, int max, Sorting sorting) {
        viewer();
        return rows(conditions(filter).pageQuery(em, "SELECT v.id FROM Volunteer v",
                sorting.orderBy(SORTS, "v.appliedOn DESC, v.id DESC", "v.id"), Long.class, first, max));
    }

    /** The volunteers of the ids the query gives ({@link KeysFirst}), in its order, with their people and units. */
    private List<VolunteerRow> rows(TypedQuery<Long> ids) {
        return KeysFirst.page(em, ids, "SELECT v FROM Volunteer v "
                + "JOIN FETCH v.person JOIN FETCH v.unit WHERE v.id IN :ids", Volunteer.class, Volunteer::getId)
                .stream().map(VolunteerService::row).toList();
    }

    public long count(@NotNull @Valid VolunteerFilter filter) {
        viewer();
        return conditions(filter).count(em, "SELECT COUNT(v) FROM Volunteer v");
    }

    public VolunteerView view(long id) {
        viewer();
        Volunteer v = Scoped.byId(em, Volunteer.class, id);
        List<String> teams = em.createQuery("SELECT t.name FROM Team t JOIN t.members m WHERE m.id = :id ORDER BY t.name",
                String.class).setParameter("id", v.getId()).getResultList();
        Map<HoursStatus, Long> minutes = Hours.minutesByStatus(em, v.getId());
        return new VolunteerView(v.getId(), v.getPerson().getId(), v.getPerson().getName(), v.getUnit().getName(),
                v.getStatus(), v.isSelfRegistered(), v.getSkills(), v.getLines(),
                v.getSlots().stream().map(Slot::key).collect(Collectors.toCollection(TreeSet::new)), v.getAreas(),
                v.getIntroduction(), v.getAppliedOn(), v.getReviewedOn(), v.getReviewedBy(), v.getStatusReason(), teams,
                minutes.getOrDefault(HoursStatus.APPROVED, 0L), minutes.getOrDefault(HoursStatus.PENDING, 0L),
                Reliability.of(em, List.of(v.getId())).get(v.getId()), v.getChildClearedOn());
    }

    /** Active volunteers of the unit and below (all she sees when none given) whose name contains {@code text}, for pickers. */
    public List<VolunteerRow> candidates(Long unitId, String text) {
        VolunteerFilter filter = new VolunteerFilter();
        filter.setUnitId(unitId);
        filter.setName(text);
        filter.setStatus(VolunteerStatus.ACTIVE);
        viewer();
        // the first 20 that match in no order, so that the database stops when it has them, then sorted by name:
        // sorting every match of a common surname in a district (a thousand 王) cost more than the rest of the page
        return rows(conditions(filter).pageQuery(em, "SELECT v.id FROM Volunteer v", "", Long.class, 0, PICKER_ROWS))
                .stream().sorted(Comparator.comparing(VolunteerRow::name, Collator.getInstance(Locale.CHINA))).toList();
    }

    /** How many volunteers a picker offers: the user types more of the name to find one who is not among them. */
    static final int PICKER_ROWS = 20;

    /** One volunteer as a list shows her (for pickers). */
    public VolunteerRow row(long id) {
        viewer();
        return row(Scoped.byId(em, Volunteer.class, id));
    }

    static VolunteerRow row(Volunteer v) {
        return new VolunteerRow(v.getId(), v.getPerson().getName(), v.getUnit().getName(), v.getStatus(), v.getSkills(),
                v.getLines(), v.getAppliedOn(), v.isSelfRegistered());
    }

    private Conditions conditions(VolunteerFilter filter) {
        String path = filter.getUnitId() == null ? null : Scoped.byId(em, OrgUnit.class, filter.getUnitId()).getPath();
        return new Conditions()
                .addIf(path != null, "v.unitPath LIKE :path", "path", () -> path + "%")
                .addNameIf(filter.getName(), "v.person", "name")
                .addIf(filter.getStatus() != null, "v.status = :status", "status", filter::getStatus)
                .addIf(filter.getSkill() != null, ":skill MEMBER OF v.skills", "skill", filter::getSkill)
                .addIf(filter.getLine() != null, ":line MEMBER OF v.lines", "line", filter::getLine);
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }
}
