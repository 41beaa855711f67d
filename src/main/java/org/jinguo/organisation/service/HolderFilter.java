package org.jinguo.organisation.service;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.jinguo.organisation.model.Position;

/** The office-holder list's filter: part of a name, an office, a unit (with the units below), current terms only. */
public class HolderFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 50, message = "{jinguo.size.max}")
    private String name;
    private Position position;
    private Long unitId;
    private boolean currentOnly = true;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = position;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public boolean isCurrentOnly() {
        return currentOnly;
    }

    public void setCurrentOnly(boolean currentOnly) {
        this.currentOnly = currentOnly;
    }

    /** The filter in words, for the audit entry of an export. */
    public String describe() {
        StringBuilder text = new StringBuilder(currentOnly ? "current terms" : "all terms");
        if (name != null && !name.isBlank()) {
            text.append(", name=").append(name.trim());
        }
        if (position != null) {
            text.append(", position=").append(position);
        }
        if (unitId != null) {
            text.append(", unit=").append(unitId);
        }
        return text.toString();
    }
}
