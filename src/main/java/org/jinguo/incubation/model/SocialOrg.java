package org.jinguo.incubation.model;

import jakarta.persistence.Column;
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
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.jinguo.person.model.Person;
import org.jinguo.platform.scope.UnitOwned;
import org.jinguo.volunteer.model.Team;

/**
 * A social organisation (社会组织) known to the base: what it does, its standing in law, its contact and
 * members (people of the registry), the volunteer team it grew out of, and where it stands in the
 * incubation pipeline. Its stage changes only through {@link #moveTo}, which knows the allowed moves.
 */
@Entity
@Table(name = "social_org")
public class SocialOrg extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "social_org_ids")
    @TableGenerator(name = "social_org_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "social_org", allocationSize = 20)
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private OrgKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_status", nullable = false, length = 16)
    private LegalStatus legalStatus;

    @Column(name = "registration_number", length = 50)
    private String registrationNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Person contact;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "origin_team_id")
    private Team originTeam;

    @Column(name = "introduction", length = 1000)
    private String introduction;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 16)
    private Stage stage = Stage.APPLIED;

    @Column(name = "stage_since", nullable = false)
    private LocalDate stageSince;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "social_org_member", joinColumns = @JoinColumn(name = "org_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> members = new HashSet<>();

    protected SocialOrg() {
    }

    public SocialOrg(String name, OrgKind kind, LegalStatus legalStatus, LocalDate appliedOn) {
        this.name = name;
        this.kind = kind;
        this.legalStatus = legalStatus;
        this.appliedOn = appliedOn;
        this.stageSince = appliedOn;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrgKind getKind() {
        return kind;
    }

    public void setKind(OrgKind kind) {
        this.kind = kind;
    }

    public LegalStatus getLegalStatus() {
        return legalStatus;
    }

    public void setLegalStatus(LegalStatus legalStatus) {
        this.legalStatus = legalStatus;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public Person getContact() {
        return contact;
    }

    /** The contact is always a member too. */
    public void setContact(Person contact) {
        this.contact = contact;
        if (contact != null) {
            members.add(contact);
        }
    }

    public Team getOriginTeam() {
        return originTeam;
    }

    public void setOriginTeam(Team originTeam) {
        this.originTeam = originTeam;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public Stage getStage() {
        return stage;
    }

    public LocalDate getStageSince() {
        return stageSince;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    /**
     * Moves to {@code target} on {@code on}; the caller has checked that the move is allowed
     * ({@link Stage#allows}) and dated no earlier than the current stage.
     */
    public void moveTo(Stage target, LocalDate on) {
        if (!stage.allows(target)) {
            throw new IllegalStateException(stage + " → " + target);
        }
        this.stage = target;
        this.stageSince = on;
    }

    public Set<Person> getMembers() {
        return Collections.unmodifiableSet(members);
    }

    public boolean addMember(Person person) {
        return members.add(person);
    }

    /** Takes a member off; the contact stays until another is named. */
    public boolean removeMember(Person person) {
        return !person.equals(contact) && members.remove(person);
    }
}
