package org.jinguo.childcare.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.childcare.model.ChosenBy;
import org.jinguo.childcare.model.SeriesKind;

/** A counselling series as the plan schedules it: e.g. individual counselling twice a week, two hours each. */
public class SeriesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long caseId;
    @NotNull(message = "{jinguo.required}")
    private SeriesKind kind = SeriesKind.INDIVIDUAL;
    @NotEmpty(message = "{jinguo.required}")
    private List<DayOfWeek> weekDays = new ArrayList<>();
    @NotNull(message = "{jinguo.required}")
    private LocalTime startsAt;
    @Min(value = 15, message = "{jinguo.count.min}")
    @Max(value = 480, message = "{jinguo.count.max}")
    private int minutes = 120;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 200, message = "{jinguo.size.max}")
    private String place;
    @NotNull(message = "{jinguo.required}")
    private ChosenBy chosenBy;
    @NotNull(message = "{jinguo.required}")
    private LocalDate startsOn;
    @NotNull(message = "{jinguo.required}")
    private LocalDate endsOn;
    /** The counsellor (a user on the case's team as counsellor), if one is named yet. */
    private Long counsellorId;
    /** The purchase-of-services contract the sessions are delivered under, if any. */
    private Long contractId;

    public long getCaseId() {
        return caseId;
    }

    public void setCaseId(long caseId) {
        this.caseId = caseId;
    }

    public SeriesKind getKind() {
        return kind;
    }

    public void setKind(SeriesKind kind) {
        this.kind = kind;
    }

    public List<DayOfWeek> getWeekDays() {
        return weekDays;
    }

    public void setWeekDays(List<DayOfWeek> weekDays) {
        this.weekDays = weekDays;
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
}
