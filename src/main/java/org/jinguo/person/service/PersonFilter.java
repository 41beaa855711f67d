package org.jinguo.person.service;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The people list's filter: part of a name, an exact ID-card number, a unit (with the units below it). */
public class PersonFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 50, message = "{jinguo.size.max}")
    private String name;
    @Size(max = 18, message = "{jinguo.size.max}")
    private String idCard;
    private Long unitId;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdCard() {
        return idCard;
    }

    public void setIdCard(String idCard) {
        this.idCard = idCard;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    /** The filter in words for an export's audit entry; never the ID-card number itself. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (name != null && !name.isBlank()) {
            text.append("name=").append(name.trim());
        }
        if (idCard != null && !idCard.isBlank()) {
            text.append(text.isEmpty() ? "" : ", ").append("idCard=(given)");
        }
        if (unitId != null) {
            text.append(text.isEmpty() ? "" : ", ").append("unit=").append(unitId);
        }
        return text.toString();
    }
}
