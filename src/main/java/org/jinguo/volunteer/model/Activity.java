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
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.jinguo.platform.audit.AuditIgnored;
import org.jinguo.platform.scope.UnitOwned;
import org.jinguo.vocabulary.ServiceLine;

/**
 * A volunteer activity (志愿服务活动), one shift on one day from a time to a time at a place, needing between
 * {@code minNeeded} and {@code maxNeeded} volunteers. The occurrences of a weekly series share the id of
 * the first as their {@code seriesId}. Volunteers check in by scanning the QR code of its check-in token.
 */
@Entity
@Table(name = "activity")
public class Activity extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "activity_ids")
    @TableGenerator(name = "activity_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "activity", allocationSize = 50)
    private Long id;

    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @Enumerated(EnumType.STRING)
    @Column(name = "line", nullable = false, length = 32)
    private ServiceLine line;

    @Column(name = "place", nullable = false, length = 200)
    private String place;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(name = "min_needed", nullable = false)
    private int minNeeded;

    @Column(name = "max_needed", nullable = false)
    private int maxNeeded;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "cancelled", nullable = false)
    private boolean cancelled;

    @AuditIgnored
    @Column(name = "checkin_token", nullable = false, length = 64)
    private String checkinToken;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "activity_skill", joinColumns = @JoinColumn(name = "activity_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "skill", nullable = false, length = 32)
    private Set<Skill> skills = new HashSet<>();

    protected Activity() {
    }

    public Activity(String title, ServiceLine line, String place, LocalDate heldOn, LocalTime startsAt,
                    LocalTime endsAt, int minNeeded, int maxNeeded, String checkinToken) {
        this.title = title;
        this.line = line;
        this.place = place;
        this.heldOn = heldOn;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.minNeeded = minNeeded;
        this.maxNeeded = maxNeeded;
        this.checkinToken = checkinToken;
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

    public void setTeam(Team team) {
        this.team = team;
    }

    public ServiceLine getLine() {
        return line;
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public LocalDateTime getStart() {
        return heldOn.atTime(startsAt);
    }

    public LocalDateTime getEnd() {
        return heldOn.atTime(endsAt);
    }

    /** The scheduled length in minutes. */
    public int getMinutes() {
        return (int) Duration.between(startsAt, endsAt).toMinutes();
    }

    public int getMinNeeded() {
        return minNeeded;
    }

    public int getMaxNeeded() {
        return maxNeeded;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public void joinSeries(long seriesId) {
        this.seriesId = seriesId;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void cancel() {
        this.cancelled = true;
    }

    public String getCheckinToken() {
        return checkinToken;
    }

    public Set<Skill> getSkills() {
        return Collections.unmodifiableSet(skills);
    }

    public void setSkills(Collection<Skill> skills) {
        this.skills.clear();
        this.skills.addAll(skills);
    }
}
