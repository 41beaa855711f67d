package org.jinguo.volunteer.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jinguo.bridge.model.ServiceLine;
import org.jinguo.volunteer.model.Skill;

/**
 * A volunteer's profile as staff register or edit it: the person from the registry, what she can do, the
 * bridges she prefers, where and when she can serve ({@code slots} as {@code SATURDAY_MORNING} keys).
 */
public class VolunteerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    @NotNull(message = "{jinguo.required}")
    private Long personId;
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

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
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
