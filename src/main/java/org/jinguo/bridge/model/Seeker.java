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
import java.util.HashSet;
import java.util.Set;
import org.jinguo.person.model.Person;
import org.jinguo.platform.scope.UnitOwned;

/**
 * A woman of the registry looking for work (求职妇女), one record per person, kept by her unit: her skills, wishes, the
 * hours she can work and the pay she hopes for. The training she took is read from her completed courses.
 */
@Entity
@Table(name = "bridge_seeker")
public class Seeker extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bridge_seeker_ids")
    @TableGenerator(name = "bridge_seeker_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "bridge_seeker", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(name = "wishes", length = 500)
    private String wishes;

    @Column(name = "wanted_pay", precision = 10, scale = 2)
    private BigDecimal wantedPay;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private SeekerStatus status = SeekerStatus.LOOKING;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "bridge_seeker_skill", joinColumns = @JoinColumn(name = "seeker_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "skill", nullable = false, length = 24)
    private Set<JobSkill> skills = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "bridge_seeker_hours", joinColumns = @JoinColumn(name = "seeker_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "hours", nullable = false, length = 16)
    private Set<WorkHours> hours = new HashSet<>();

    protected Seeker() {
    }

    public Seeker(Person person, LocalDate registeredOn) {
        this.person = person;
        this.registeredOn = registeredOn;
        assignTo(person.getUnit());
    }

    @Override
    public Long getId() {
        return id;
    }

    public void setSkills(Set<JobSkill> skills) {
        this.skills.clear();
        this.skills.addAll(skills);
    }

    public void setHours(Set<WorkHours> hours) {
        this.hours.clear();
        this.hours.addAll(hours);
    }

    public Person getPerson() {
        return person;
    }

    public String getWishes() {
        return wishes;
    }

    public void setWishes(String wishes) {
        this.wishes = wishes;
    }

    public BigDecimal getWantedPay() {
        return wantedPay;
    }

    public void setWantedPay(BigDecimal wantedPay) {
        this.wantedPay = wantedPay;
    }

    public SeekerStatus getStatus() {
        return status;
    }

    public void setStatus(SeekerStatus status) {
        this.status = status;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public Set<JobSkill> getSkills() {
        return skills;
    }

    public Set<WorkHours> getHours() {
        return hours;
    }
}
