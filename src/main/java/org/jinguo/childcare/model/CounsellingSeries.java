package org.jinguo.childcare.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jinguo.platform.persistence.BaseEntity;

/**
 * A series of counselling sessions a plan schedules (辅导系列): individual or group, on which days of the week, at what
 * time, for how long, where (chosen by the guardian or the child, and which of them chose is kept), from and until
 * when, by which counsellor, under which purchase-of-services contract. It generates its sessions ({@link #dates});
 * pausing it cancels the sessions still to come, resuming makes them again.
 */
@Entity
@Table(name = "counselling_series")
public class CounsellingSeries extends BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "counselling_series_ids")
    @TableGenerator(name = "counselling_series_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "counselling_series", allocationSize = 10)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "plan_id")
    private Long planId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private SeriesKind kind = SeriesKind.INDIVIDUAL;

    @Convert(converter = WeekDaysConverter.class)
    @Column(name = "week_days", nullable = false, length = 80)
    private Set<DayOfWeek> weekDays = EnumSet.noneOf(DayOfWeek.class);

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "place", nullable = false, length = 200)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(name = "chosen_by", nullable = false, length = 12)
    private ChosenBy chosenBy;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "counsellor_id")
    private Long counsellorId;

    @Column(name = "contract_id")
    private Long contractId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private SeriesStatus status = SeriesStatus.ACTIVE;

    protected CounsellingSeries() {
    }

    public CounsellingSeries(long caseId) {
        this.caseId = caseId;
    }

    /** The dates of its sessions from {@code from} (inclusive) to its end: each chosen week day, in order. */
    public List<LocalDate> dates(LocalDate from) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate day = from.isBefore(startsOn) ? startsOn : from; !day.isAfter(endsOn); day = day.plusDays(1)) {
            if (weekDays.contains(day.getDayOfWeek())) {
                dates.add(day);
            }
        }
        return dates;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Set<DayOfWeek> getWeekDays() {
        return weekDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekDays);
    }

    public void setWeekDays(Set<DayOfWeek> days) {
        this.weekDays = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    public long getCaseId() {
        return caseId;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public SeriesKind getKind() {
        return kind;
    }

    public void setKind(SeriesKind kind) {
        this.kind = kind;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public ChosenBy getChosenBy() {
        return chosenBy;
    }

    public void setChosenBy(ChosenBy chosenBy) {
        this.chosenBy = chosenBy;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Long getCounsellorId() {
        return counsellorId;
    }

    public void setCounsellorId(Long counsellorId) {
        this.counsellorId = counsellorId;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public SeriesStatus getStatus() {
        return status;
    }

    public void setStatus(SeriesStatus status) {
        this.status = status;
    }
}
