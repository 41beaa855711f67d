package org.jinguo.unit.service;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.jinguo.unit.model.UnitType;

/** The unit list's filter: part of the name, a kind, and a unit whose subtree to list. */
public class UnitFilter implements Serializable {

    @Size(max = 100, message = "{jinguo.size.max}")
    private String name;
    private UnitType type;
    private Long underUnitId;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitType getType() {
        return type;
    }

    public void setType(UnitType type) {
        this.type = type;
    }

    public Long getUnderUnitId() {
        return underUnitId;
    }

    public void setUnderUnitId(Long underUnitId) {
        this.underUnitId = underUnitId;
    }

    /** In words, for the audit trail of an export. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (name != null && !name.isBlank()) {
            text.append("name~").append(name.strip()).append(' ');
        }
        if (type != null) {
            text.append("type=").append(type).append(' ');
        }
        if (underUnitId != null) {
            text.append("under=").append(underUnitId);
        }
        return text.toString().strip();
    }
}
