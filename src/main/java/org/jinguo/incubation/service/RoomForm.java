package org.jinguo.incubation.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.jinguo.incubation.model.RoomKind;

/** A room, desk or piece of equipment of the base, as it is set up. */
public class RoomForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    @NotNull(message = "{jinguo.required}")
    private Long unitId;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 100, message = "{jinguo.size.max}")
    private String name;
    @NotNull(message = "{jinguo.required}")
    private RoomKind kind = RoomKind.ROOM;
    @Min(value = 1, message = "{jinguo.count.min}")
    @Max(value = 500, message = "{jinguo.count.max}")
    private int capacity = 1;
    @Size(max = 200, message = "{jinguo.size.max}")
    private String note;
    private boolean active = true;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RoomKind getKind() {
        return kind;
    }

    public void setKind(RoomKind kind) {
        this.kind = kind;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
