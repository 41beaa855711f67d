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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jinguo.person.model.Person;
import org.jinguo.platform.scope.UnitOwned;

/**
 * A woman (and her family) in hardship (困难妇女家庭), kept by her unit: the reasons, the colour tag of the level of need,
 * the household and situation in words. One record per woman of the registry; closed when no longer in need.
 */
@Entity
@Table(name = "aid_family")
public class AidFamily extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "aid_family_ids")
    @TableGenerator(name = "aid_family_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "aid_family", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "need_level", nullable = false, length = 16)
    private NeedLevel needLevel;

    @Column(name = "household", length = 300)
    private String household;

    @Column(name = "situation", length = 1000)
    private String situation;

    @Column(name = "closed", nullable = false)
    private boolean closed;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "aid_family_reason", joinColumns = @JoinColumn(name = "family_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 24)
    private Set<HardshipReason> reasons = new HashSet<>();

    protected AidFamily() {
    }

    public AidFamily(Person person, NeedLevel needLevel, LocalDate registeredOn) {
        this.person = person;
        this.needLevel = needLevel;
        this.registeredOn = registeredOn;
        assignTo(person.getUnit());
    }

    @Override
    public Long getId() {
        return id;
    }

    public void setReasons(Set<HardshipReason> reasons) {
        this.reasons.clear();
        this.reasons.addAll(reasons);
    }

    public Person getPerson() {
        return person;
    }

    public NeedLevel getNeedLevel() {
        return needLevel;
    }

    public void setNeedLevel(NeedLevel needLevel) {
        this.needLevel = needLevel;
    }

    public String getHousehold() {
        return household;
    }

    public void setHousehold(String household) {
        this.household = household;
    }

    public String getSituation() {
        return situation;
    }

    public void setSituation(String situation) {
        this.situation = situation;
    }

    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public Set<HardshipReason> getReasons() {
        return reasons;
    }
}
