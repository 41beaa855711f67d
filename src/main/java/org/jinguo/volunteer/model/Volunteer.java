package org.jinguo.volunteer.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.jinguo.person.model.Person;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.UnitOwned;
import org.jinguo.vocabulary.ServiceLine;

/**
 * A volunteer (巾帼志愿者): a person of the registry who serves, with what she can do, the service lines she
 * prefers, where and when she is free. She belongs to her community's unit.
 */
@Entity
@Table(name = "volunteer")
public class Volunteer extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "volunteer_ids")
    @TableGenerator(name = "volunteer_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "volunteer", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, unique = true)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private VolunteerStatus status;

    @Column(name = "self_registered", nullable = false)
    private boolean selfRegistered;

    @Column(name = "areas", length = 200)
    private String areas;

    @Column(name = "introduction", length = 500)
    private String introduction;

    /** The day she was checked and cleared for work with children (no criminal record); null: not cleared. */
    @Column(name = "child_cleared_on")
    private LocalDate childClearedOn;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "reviewed_by", length = 50)
    private String reviewedBy;

    @Column(name = "status_reason", length = 200)
    private String statusReason;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "volunteer_skill", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "skill", nullable = false, length = 32)
    private Set<Skill> skills = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "volunteer_line", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "line", nullable = false, length = 32)
    private Set<ServiceLine> lines = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "volunteer_slot", joinColumns = @JoinColumn(name = "volunteer_id"))
    // A list kept in one order, not a set: EclipseLink compares a collection of embeddables element by element in
    // iteration order, and a HashSet's order depends on its capacity, so a new volunteer's slots looked changed at
    // every flush of the transaction that created her, each time an UPDATE and an audit entry (eclipselink#1217).
    private List<Slot> slots = new ArrayList<>();

    protected Volunteer() {
    }

    /** A new volunteer: an applicant when she registered herself, active at once when staff registered her. */
    public Volunteer(Person person, boolean selfRegistered, LocalDate appliedOn) {
        this.person = person;
        this.selfRegistered = selfRegistered;
        this.appliedOn = appliedOn;
        this.status = selfRegistered ? VolunteerStatus.APPLICANT : VolunteerStatus.ACTIVE;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public VolunteerStatus getStatus() {
        return status;
    }

    /**
     * Moves her to {@code next} if her status allows it; rejection, pause and archive need a reason.
     * Records who decided and when.
     */
    public void changeStatus(VolunteerStatus next, String reason, String by, LocalDate on) {
        if (!status.next().contains(next)) {
            throw new BusinessRuleException("volunteer.status.notAllowed", "status", status, next);
        }
        if (VolunteerStatus.needsReason(next) && (reason == null || reason.isBlank())) {
            throw new BusinessRuleException("volunteer.status.reasonRequired", "reason");
        }
        this.status = next;
        this.statusReason = reason == null || reason.isBlank() ? null : reason.trim();
        this.reviewedBy = by;
        this.reviewedOn = on;
    }

    /** Staff registered her: she is active at once, and the registering staff counts as her reviewer. */
    public void registeredBy(String by) {
        this.reviewedBy = by;
        this.reviewedOn = appliedOn;
    }

    public boolean isSelfRegistered() {
        return selfRegistered;
    }

    public String getAreas() {
        return areas;
    }

    public void setAreas(String areas) {
        this.areas = areas;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Set<Skill> getSkills() {
        return Collections.unmodifiableSet(skills);
    }

    public void setSkills(Collection<Skill> skills) {
        this.skills.clear();
        this.skills.addAll(skills);
    }

    public Set<ServiceLine> getLines() {
        return Collections.unmodifiableSet(lines);
    }

    public void setLines(Collection<ServiceLine> lines) {
        this.lines.clear();
        this.lines.addAll(lines);
    }

    public Set<Slot> getSlots() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(slots));
    }

    public void setSlots(Collection<Slot> slots) {
        List<Slot> wanted = slots.stream().distinct().sorted(Slot.WEEK_ORDER).toList();
        if (!wanted.equals(this.slots)) {
            this.slots.clear();
            this.slots.addAll(wanted);
        }
    }

    /** A merge of two person records: the kept one takes this volunteer record. */
    public void replace(Person duplicate, Person kept) {
        if (person.equals(duplicate)) {
            person = kept;
        }
    }

    public LocalDate getChildClearedOn() {
        return childClearedOn;
    }

    public void setChildClearedOn(LocalDate childClearedOn) {
        this.childClearedOn = childClearedOn;
    }
}
