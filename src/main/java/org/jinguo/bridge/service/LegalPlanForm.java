package org.jinguo.bridge.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Legal sessions to plan: a provider (the court, a law firm) at a place, from a day, at the same times, {@code occurrences}
 * sessions {@code everyWeeks} weeks apart (2 for twice a month), cut into slots of {@code slotMinutes}.
 */
public class LegalPlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{jinguo.required}")
    private Long unitId;
    @NotNull(message = "{jinguo.required}")
    private Long providerId;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 200, message = "{jinguo.size.max}")
    private String place;
    @NotNull(message = "{jinguo.required}")
    private LocalDate firstOn;
    @NotNull(message = "{jinguo.required}")
    private LocalTime startsAt = LocalTime.of(9, 0);
    @NotNull(message = "{jinguo.required}")
    private LocalTime endsAt = LocalTime.of(11, 30);
    @Min(value = 10, message = "{jinguo.count.min}")
    @Max(value = 120, message = "{jinguo.count.max}")
    private int slotMinutes = 30;
    @Min(value = 1, message = "{jinguo.count.min}")
    @Max(value = 52, message = "{jinguo.count.max}")
    private int occurrences = 1;
    @Min(value = 1, message = "{jinguo.count.min}")
    @Max(value = 8, message = "{jinguo.count.max}")
    private int everyWeeks = 2;

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getFirstOn() {
        return firstOn;
    }

    public void setFirstOn(LocalDate firstOn) {
        this.firstOn = firstOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }

    public int getSlotMinutes() {
        return slotMinutes;
    }

    public void setSlotMinutes(int slotMinutes) {
        this.slotMinutes = slotMinutes;
    }

    public int getOccurrences() {
        return occurrences;
    }

    public void setOccurrences(int occurrences) {
        this.occurrences = occurrences;
    }

    public int getEveryWeeks() {
        return everyWeeks;
    }

    public void setEveryWeeks(int everyWeeks) {
        this.everyWeeks = everyWeeks;
    }
}
