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
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.jinguo.platform.scope.UnitOwned;

/**
 * A recruitment campaign (志愿者招募) for a team or for an activity: the skills wanted, how many volunteers,
 * until when. Volunteers apply; an accepted one joins the team or signs up for the activity.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "campaign_ids")
    @TableGenerator(name = "campaign_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "campaign", allocationSize = 20)
    private Long id;

    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @Column(name = "needed", nullable = false)
    private int needed;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "closed", nullable = false)
    private boolean closed;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "campaign_skill", joinColumns = @JoinColumn(name = "campaign_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "skill", nullable = false, length = 32)
    private Set<Skill> skills = new HashSet<>();

    protected Campaign() {
    }

    /** A campaign for exactly one of {@code team} and {@code activity}. */
    public Campaign(String title, Team team, Activity activity, int needed, LocalDate deadline) {
        this.title = title;
        this.team = team;
        this.activity = activity;
        this.needed = needed;
        this.deadline = deadline;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Team getTeam() {
        return team;
    }

    public Activity getActivity() {
        return activity;
    }

    public int getNeeded() {
        return needed;
    }

    public LocalDate getDeadline() {
        return deadline;
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

    public void close() {
        this.closed = true;
    }

    /** Open for applications on {@code day}: not closed and the deadline not passed. */
    public boolean isOpenOn(LocalDate day) {
        return !closed && !day.isAfter(deadline);
    }

    public Set<Skill> getSkills() {
        return Collections.unmodifiableSet(skills);
    }

    public void setSkills(Collection<Skill> skills) {
        this.skills.clear();
        this.skills.addAll(skills);
    }
}
