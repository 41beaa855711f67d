package org.jinguo.organisation.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.jinguo.organisation.model.DutyShift;
import org.jinguo.person.model.Person;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;

/**
 * On-duty posts (挂牌上岗): which executive member is on duty at which post, on which weekday and when,
 * every week; the week view of a unit's rota. Only the unit's current office holders take shifts, and
 * nobody is on two posts at once.
 */
@Stateless
@ScopedToCaller
public class DutyService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** One shift of the rota. */
    public record ShiftRow(long id, long personId, String personName, String post, DayOfWeek day, LocalTime startsAt,
                           LocalTime endsAt) implements Serializable {
    }

    /** A new shift. */
    public static class ShiftForm implements Serializable {

        @NotNull(message = "{jinguo.required}")
        private Long unitId;
        @NotNull(message = "{jinguo.required}")
        private Long personId;
        @NotBlank(message = "{jinguo.required}")
        @Size(max = 100, message = "{jinguo.size.max}")
        private String post;
        @NotNull(message = "{jinguo.required}")
        private DayOfWeek day = DayOfWeek.MONDAY;
        @NotNull(message = "{jinguo.required}")
        private LocalTime startsAt = LocalTime.of(9, 0);
        @NotNull(message = "{jinguo.required}")
        private LocalTime endsAt = LocalTime.of(11, 30);

        public Long getUnitId() {
            return unitId;
        }

        public void setUnitId(Long unitId) {
            this.unitId = unitId;
        }

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }

        public String getPost() {
            return post;
        }

        public void setPost(String post) {
            this.post = post;
        }

        public DayOfWeek getDay() {
            return day;
        }

        public void setDay(DayOfWeek day) {
            this.day = day;
        }

        public LocalTime getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(LocalTime startsAt) {
            this.startsAt = startsAt;
        }

        public LocalTime getEndsAt() {
            return endsAt;
        }

        public void setEndsAt(LocalTime endsAt) {
            this.endsAt = endsAt;
        }
    }

    /** The unit's weekly rota, by day and time. */
    public List<ShiftRow> week(long unitId) {
        viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId);
        return em.createQuery("SELECT s FROM DutyShift s JOIN FETCH s.person WHERE s.unit.id = :unit", DutyShift.class)
                .setParameter("unit", unit.getId()).getResultList().stream()
                .sorted(Comparator.comparing(DutyShift::getDay).thenComparing(DutyShift::getStartsAt)
                        .thenComparing(DutyShift::getPost))
                .map(s -> new ShiftRow(s.getId(), s.getPerson().getId(), s.getPerson().getName(), s.getPost(), s.getDay(),
                        s.getStartsAt(), s.getEndsAt()))
                .toList();
    }

    public long addShift(@NotNull @Valid ShiftForm form) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getUnitId());
        caller.require(Permission.RECORD_EDIT, unit.getPath());
        Person person = Scoped.byId(em, Person.class, form.getPersonId());
        if (!form.getEndsAt().isAfter(form.getStartsAt())) {
            throw new BusinessRuleException("duty.times.order", "endsAt");
        }
        if (!CurrentOffice.holds(em, person.getId(), unit.getId())) {
            throw new BusinessRuleException("duty.notAHolder", "person", person.getName(), unit.getName());
        }
        boolean clash = em.createQuery("SELECT s FROM DutyShift s WHERE s.person.id = :person", DutyShift.class)
                .setParameter("person", person.getId()).getResultList().stream()
                .anyMatch(s -> s.clashesWith(form.getDay(), form.getStartsAt(), form.getEndsAt()));
        if (clash) {
            throw new BusinessRuleException("duty.clash", "startsAt", person.getName());
        }
        DutyShift shift = new DutyShift(person, form.getPost().trim(), form.getDay(), form.getStartsAt(), form.getEndsAt());
        shift.assignTo(unit);
        em.persist(shift);
        em.flush();
        return shift.getId();
    }

    public void removeShift(long shiftId) {
        Caller caller = viewer();
        DutyShift shift = Scoped.byId(em, DutyShift.class, shiftId);
        caller.require(Permission.RECORD_EDIT, shift.getUnitPath());
        em.remove(shift);
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }
}
