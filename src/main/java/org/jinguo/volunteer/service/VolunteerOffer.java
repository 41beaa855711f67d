package org.jinguo.volunteer.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.Skill;
import org.jinguo.volunteer.model.Slot;
import org.jinguo.volunteer.model.Volunteer;

/**
 * What a volunteer offers, the same on the public sign-up page and in staff's form: what she can do, the
 * bridges she prefers, when ({@code slots} as {@code SATURDAY_MORNING} keys) and where she can serve.
 */
public class VolunteerOffer implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{jinguo.required}")
    @Size(min = 1, message = "{volunteer.skills.required}")
    private Set<Skill> skills = EnumSet.noneOf(Skill.class);
    @NotNull(message = "{jinguo.required}")
    private Set<ServiceLine> lines = EnumSet.noneOf(ServiceLine.class);
    @NotNull(message = "{jinguo.required}")
    private Set<String> slots = new HashSet<>();
    @Size(max = 200, message = "{jinguo.size.max}")
    private String areas;
    @Size(max = 500, message = "{jinguo.size.max}")
    private String introduction;

    /** Gives the offer to the volunteer record. */
    void applyTo(Volunteer volunteer) {
        volunteer.setSkills(skills);
        volunteer.setLines(lines);
        try {
            volunteer.setSlots(slots.stream().map(Slot::ofKey).collect(Collectors.toSet()));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new BusinessRuleException("volunteer.slots.invalid", "slots");
        }
        volunteer.setAreas(blankToNull(areas));
        volunteer.setIntroduction(blankToNull(introduction));
    }

    public Set<Skill> getSkills() {
        return skills;
    }

    public void setSkills(Set<Skill> skills) {
        this.skills = skills;
    }

    public Set<ServiceLine> getLines() {
        return lines;
    }

    public void setLines(Set<ServiceLine> lines) {
        this.lines = lines;
    }

    public Set<String> getSlots() {
        return slots;
    }

    public void setSlots(Set<String> slots) {
        this.slots = slots;
    }

    public String getAreas() {
        return areas;
    }

    public void setAreas(String areas) {
        this.areas = areas;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }
}
