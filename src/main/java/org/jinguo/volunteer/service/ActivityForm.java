package org.jinguo.volunteer.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.Skill;

/**
 * A new activity, or a series of them: {@code occurrences} dates {@code everyWeeks} weeks apart from
 * {@code heldOn} (1 and any interval for a one-off).
 */
public class ActivityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest series at once: a year of weekly activities. */
    public static final int MAX_OCCURRENCES = 52;

    @NotNull(message = "{jinguo.required}")
    private Long unitId;
    private Long teamId;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 100, message = "{jinguo.size.max}")
    private String title;
    @NotNull(message = "{jinguo.required}")
    private ServiceLine line;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 200, message = "{jinguo.size.max}")
    private String place;
    @NotNull(message = "{jinguo.required}")
    private LocalDate heldOn;
    @NotNull(message = "{jinguo.required}")
    private LocalTime startsAt;
    @NotNull(message = "{jinguo.required}")
    private LocalTime endsAt;
    @Min(value = 1, message = "{jinguo.count.min}")
    @Max(value = 500, message = "{jinguo.count.max}")
    private int minNeeded = 1;
    @Min(value = 1, message = "{jinguo.count.min}")
    @Max(value = 500, message = "{jinguo.count.max}")
    private int maxNeeded = 10;
    @NotNull(message = "{jinguo.required}")
    private Set<Skill> skills = EnumSet.noneOf(Skill.class);
    @Size(max = 1000, message = "{jinguo.size.max}")
    private String description;
    @Min(value = 1, message = "{jinguo.count.min}")
    @Max(value = MAX_OCCURRENCES, message = "{jinguo.count.max}")
    private int occurrences = 1;
    @Min(value = 1, message = "{jinguo.count.min}")
    @Max(value = 4, message = "{jinguo.count.max}")
    private int everyWeeks = 1;

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ServiceLine getLine() {
        return line;
    }

    public void setLine(ServiceLine line) {
        this.line = line;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
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

    public int getMinNeeded() {
        return minNeeded;
    }

    public void setMinNeeded(int minNeeded) {
        this.minNeeded = minNeeded;
    }

    public int getMaxNeeded() {
        return maxNeeded;
    }

    public void setMaxNeeded(int maxNeeded) {
        this.maxNeeded = maxNeeded;
    }

    public Set<Skill> getSkills() {
        return skills;
    }

    public void setSkills(Set<Skill> skills) {
        this.skills = skills;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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
