package org.jinguo.volunteer.service;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.Skill;
import org.jinguo.volunteer.model.VolunteerStatus;

/** The volunteer list's filter: part of a name, status, a skill, a preferred bridge, a unit with those below. */
public class VolunteerFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 50, message = "{jinguo.size.max}")
    private String name;
    private VolunteerStatus status;
    private Skill skill;
    private ServiceLine line;
    private Long unitId;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public VolunteerStatus getStatus() {
        return status;
    }

    public void setStatus(VolunteerStatus status) {
        this.status = status;
    }

    public Skill getSkill() {
        return skill;
    }

    public void setSkill(Skill skill) {
        this.skill = skill;
    }

    public ServiceLine getLine() {
        return line;
    }

    public void setLine(ServiceLine line) {
        this.line = line;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    /** The filter in words for an export's audit entry. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (name != null && !name.isBlank()) {
            text.append("name~").append(name.strip()).append(' ');
        }
        if (status != null) {
            text.append("status=").append(status).append(' ');
        }
        if (skill != null) {
            text.append("skill=").append(skill).append(' ');
        }
        if (line != null) {
            text.append("line=").append(line).append(' ');
        }
        if (unitId != null) {
            text.append("under=").append(unitId);
        }
        return text.toString().strip();
    }
}
