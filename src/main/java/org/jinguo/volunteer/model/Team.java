package org.jinguo.volunteer.model;

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
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.jinguo.platform.scope.UnitOwned;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.vocabulary.ServiceLine;

/**
 * A volunteer team (志愿服务队) of a unit: its leader and members, what it does and for which bridge. A team
 * may be filed with its community as a community-level organisation (社区备案); it is never deleted, only
 * disbanded, so that a social organisation grown out of it can keep pointing at it.
 */
@Entity
@Table(name = "volunteer_team")
public class Team extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "volunteer_team_ids")
    @TableGenerator(name = "volunteer_team_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "volunteer_team", allocationSize = 20)
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "line", nullable = false, length = 32)
    private ServiceLine line;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_id")
    private Volunteer leader;

    @Column(name = "profile", length = 1000)
    private String profile;

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "filed_unit_id")
    private OrgUnit filedWith;

    @Column(name = "filed_on")
    private LocalDate filedOn;

    @Column(name = "filing_number", length = 50)
    private String filingNumber;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @ManyToMany(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "volunteer_id"))
    private Set<Volunteer> members = new HashSet<>();

    protected Team() {
    }

    public Team(String name, ServiceLine line) {
        this.name = name;
        this.line = line;
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

    public ServiceLine getLine() {
        return line;
    }

    public void setLine(ServiceLine line) {
        this.line = line;
    }

    public Volunteer getLeader() {
        return leader;
    }

    /** The leader is always a member too. */
    public void setLeader(Volunteer leader) {
        this.leader = leader;
        if (leader != null) {
            members.add(leader);
        }
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }

    public OrgUnit getFiledWith() {
        return filedWith;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public String getFilingNumber() {
        return filingNumber;
    }

    /** Files the team with a community as a community-level organisation (社区备案). */
    public void file(OrgUnit community, LocalDate on, String number) {
        this.filedWith = community;
        this.filedOn = on;
        this.filingNumber = number;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<Volunteer> getMembers() {
        return Collections.unmodifiableSet(members);
    }

    public boolean addMember(Volunteer volunteer) {
        return members.add(volunteer);
    }

    /** Takes her off the team; the leader stays until another is named. */
    public boolean removeMember(Volunteer volunteer) {
        return !volunteer.equals(leader) && members.remove(volunteer);
    }
}
