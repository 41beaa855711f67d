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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.LocalDate;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.UnitOwned;

/**
 * Service hours (服务时长) of one volunteer on one day, in minutes, from attendance or reported, and whether
 * they were approved. They belong to the activity's unit (reported hours without an activity: hers), and
 * carry the activity's team so that team totals need no join through the activity.
 */
@Entity
@Table(name = "service_hours")
public class ServiceHours extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "service_hours_ids")
    @TableGenerator(name = "service_hours_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "service_hours", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "volunteer_id", nullable = false)
    private Volunteer volunteer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "served_on", nullable = false)
    private LocalDate servedOn;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 16)
    private HoursSource source;

    @Column(name = "description", length = 200)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private HoursStatus status = HoursStatus.PENDING;

    @Column(name = "decided_by", length = 50)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decline_reason", length = 200)
    private String declineReason;

    protected ServiceHours() {
    }

    public ServiceHours(Volunteer volunteer, Activity activity, LocalDate servedOn, int minutes, HoursSource source,
                        String description) {
        this.volunteer = volunteer;
        this.activity = activity;
        this.team = activity == null ? null : activity.getTeam();
        this.servedOn = servedOn;
        this.minutes = minutes;
        this.source = source;
        this.description = description;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public Activity getActivity() {
        return activity;
    }

    public Team getTeam() {
        return team;
    }

    public LocalDate getServedOn() {
        return servedOn;
    }

    public int getMinutes() {
        return minutes;
    }

    public HoursSource getSource() {
        return source;
    }

    public String getDescription() {
        return description;
    }

    public HoursStatus getStatus() {
        return status;
    }

    /** Approves or declines pending hours; a decline needs a reason. Decided hours stay decided. */
    public void decide(boolean approve, String reason, String by, Instant at) {
        if (status != HoursStatus.PENDING) {
            throw new BusinessRuleException("hours.alreadyDecided", null);
        }
        if (!approve && (reason == null || reason.isBlank())) {
            throw new BusinessRuleException("hours.reasonRequired", "reason");
        }
        this.status = approve ? HoursStatus.APPROVED : HoursStatus.DECLINED;
        this.declineReason = approve ? null : reason.trim();
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }
}
