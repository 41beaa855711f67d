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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.jinguo.incubation.model.SocialOrg;
import org.jinguo.person.model.Person;
import org.jinguo.platform.scope.UnitOwned;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.volunteer.model.Slot;
import org.jinguo.volunteer.model.Team;
import org.jinguo.volunteer.model.Volunteer;

/**
 * A provider of the Bridge (供给库): one list for every kind — a volunteer or team, an organisation of the
 * incubation base, a contracted provider, a partner institution, a neighbour offering paid help — with the menu
 * items she offers, the communities she serves, when she is free, how many orders she takes at once, and the rating
 * her past orders earned. A volunteer, team or organisation provider points to that record; the others stand alone
 * (a neighbour is a person of the registry).
 */
@Entity
@Table(name = "bridge_provider")
public class Provider extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bridge_provider_ids")
    @TableGenerator(name = "bridge_provider_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "bridge_provider", allocationSize = 20)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16, updatable = false)
    private ProviderKind kind;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "volunteer_id")
    private Volunteer volunteer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "org_id")
    private SocialOrg org;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "introduction", length = 500)
    private String introduction;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ProviderStatus status = ProviderStatus.PENDING;

    @Column(name = "rating_sum", nullable = false)
    private int ratingSum;

    @Column(name = "rating_count", nullable = false)
    private int ratingCount;

    @ManyToMany(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "bridge_provider_item", joinColumns = @JoinColumn(name = "provider_id"),
            inverseJoinColumns = @JoinColumn(name = "item_id"))
    private Set<ServiceItem> items = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "bridge_provider_area", joinColumns = @JoinColumn(name = "provider_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<OrgUnit> areas = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "bridge_provider_slot", joinColumns = @JoinColumn(name = "provider_id"))
    // A list in week order, not a set (see Volunteer's slots, eclipselink#1217).
    private List<Slot> slots = new ArrayList<>();

    /** A neighbour's own hourly rate for paid help (家庭互助), in yuan; null for every other provider. */
    @Column(name = "hourly_rate", precision = 10, scale = 2)
    private java.math.BigDecimal hourlyRate;

    protected Provider() {
    }

    public Provider(ProviderKind kind, String name, int capacity) {
        this.kind = kind;
        this.name = name;
        this.capacity = capacity;
    }

    @Override
    public Long getId() {
        return id;
    }

    /** Her average rating, one decimal, or null before her first rated order. */
    public Double rating() {
        return ratingCount == 0 ? null : Math.round(ratingSum * 10.0 / ratingCount) / 10.0;
    }

    public void rated(int stars) {
        ratingSum += stars;
        ratingCount++;
    }

    public ProviderKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public void setVolunteer(Volunteer volunteer) {
        this.volunteer = volunteer;
    }

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }

    public SocialOrg getOrg() {
        return org;
    }

    public void setOrg(SocialOrg org) {
        this.org = org;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public ProviderStatus getStatus() {
        return status;
    }

    public void setStatus(ProviderStatus status) {
        this.status = status;
    }

    public int getRatingSum() {
        return ratingSum;
    }

    public int getRatingCount() {
        return ratingCount;
    }

    public Set<ServiceItem> getItems() {
        return new LinkedHashSet<>(items);
    }

    public void setItems(Collection<ServiceItem> items) {
        if (!this.items.equals(new HashSet<>(items))) {
            this.items.clear();
            this.items.addAll(items);
        }
    }

    public Set<OrgUnit> getAreas() {
        return new LinkedHashSet<>(areas);
    }

    public void setAreas(Collection<OrgUnit> areas) {
        if (!this.areas.equals(new HashSet<>(areas))) {
            this.areas.clear();
            this.areas.addAll(areas);
        }
    }

    public Set<Slot> getSlots() {
        return new LinkedHashSet<>(slots);
    }

    public void setSlots(Collection<Slot> slots) {
        List<Slot> wanted = slots.stream().distinct().sorted(Slot.WEEK_ORDER).toList();
        if (!wanted.equals(this.slots)) {
            this.slots.clear();
            this.slots.addAll(wanted);
        }
    }

    public java.math.BigDecimal getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(java.math.BigDecimal hourlyRate) {
        this.hourlyRate = hourlyRate;
    }
}
