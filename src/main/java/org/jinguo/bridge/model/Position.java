package org.jinguo.bridge.model;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jinguo.platform.scope.UnitOwned;
import org.jinguo.unit.model.OrgUnit;

/**
 * A position an employer posts (招聘岗位): what, where (and in which street or town, for matching), the hours, the
 * pay, the skills wanted, how many women and until when. It is filled when as many were placed as it wants.
 */
@Entity
@Table(name = "bridge_position")
public class Position extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bridge_position_ids")
    @TableGenerator(name = "bridge_position_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "bridge_position", allocationSize = 10)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id", nullable = false)
    private Employer employer;

    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @Column(name = "place", nullable = false, length = 200)
    private String place;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "street_id")
    private OrgUnit street;

    @Enumerated(EnumType.STRING)
    @Column(name = "hours", nullable = false, length = 16)
    private WorkHours hours;

    @Column(name = "hours_note", length = 100)
    private String hoursNote;

    @Column(name = "pay_from", precision = 10, scale = 2)
    private BigDecimal payFrom;

    @Column(name = "pay_to", precision = 10, scale = 2)
    private BigDecimal payTo;

    @Column(name = "headcount", nullable = false)
    private int headcount;

    @Column(name = "open_until", nullable = false)
    private LocalDate openUntil;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "closed", nullable = false)
    private boolean closed;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "bridge_position_skill", joinColumns = @JoinColumn(name = "position_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "skill", nullable = false, length = 24)
    private Set<JobSkill> skills = new HashSet<>();

    protected Position() {
    }

    public Position(Employer employer, String title, String place, WorkHours hours, int headcount, LocalDate openUntil) {
        this.employer = employer;
        this.title = title;
        this.place = place;
        this.hours = hours;
        this.headcount = headcount;
        this.openUntil = openUntil;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Set<JobSkill> skillSet() {
        return skills.isEmpty() ? EnumSet.noneOf(JobSkill.class) : EnumSet.copyOf(skills);
    }

    public void setSkills(Set<JobSkill> skills) {
        this.skills.clear();
        this.skills.addAll(skills);
    }

    public Employer getEmployer() {
        return employer;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public OrgUnit getStreet() {
        return street;
    }

    public void setStreet(OrgUnit street) {
        this.street = street;
    }

    public WorkHours getHours() {
        return hours;
    }

    public void setHours(WorkHours hours) {
        this.hours = hours;
    }

    public String getHoursNote() {
        return hoursNote;
    }

    public void setHoursNote(String hoursNote) {
        this.hoursNote = hoursNote;
    }

    public BigDecimal getPayFrom() {
        return payFrom;
    }

    public void setPayFrom(BigDecimal payFrom) {
        this.payFrom = payFrom;
    }

    public BigDecimal getPayTo() {
        return payTo;
    }

    public void setPayTo(BigDecimal payTo) {
        this.payTo = payTo;
    }

    public int getHeadcount() {
        return headcount;
    }

    public void setHeadcount(int headcount) {
        this.headcount = headcount;
    }

    public LocalDate getOpenUntil() {
        return openUntil;
    }

    public void setOpenUntil(LocalDate openUntil) {
        this.openUntil = openUntil;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }

    public Set<JobSkill> getSkills() {
        return skills;
    }
}
