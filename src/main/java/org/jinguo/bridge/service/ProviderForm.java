package org.jinguo.bridge.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.bridge.model.ProviderKind;

/**
 * A provider as staff register or change her: a volunteer, team or organisation is picked from its own list (and
 * named after it); the others are named here (a neighbour is also a person of the registry).
 */
public class ProviderForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    @NotNull(message = "{jinguo.required}")
    private Long unitId;
    @NotNull(message = "{jinguo.required}")
    private ProviderKind kind;
    @Size(max = 100, message = "{jinguo.size.max}")
    private String name;
    private Long volunteerId;
    private Long teamId;
    private Long orgId;
    private Long personId;
    @Size(max = 30, message = "{jinguo.size.max}")
    private String phone;
    @Size(max = 500, message = "{jinguo.size.max}")
    private String introduction;
    @Min(value = 1, message = "{jinguo.count.min}")
    @Max(value = 100, message = "{jinguo.count.max}")
    private int capacity = 3;
    @Size(min = 1, message = "{bridge.provider.itemsRequired}")
    private List<Long> itemIds = new ArrayList<>();
    private List<Long> areaIds = new ArrayList<>();
    /** As the UI passes them: {@code SATURDAY_MORNING}. */
    private List<String> slots = new ArrayList<>();

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

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public ProviderKind getKind() {
        return kind;
    }

    public void setKind(ProviderKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getVolunteerId() {
        return volunteerId;
    }

    public void setVolunteerId(Long volunteerId) {
        this.volunteerId = volunteerId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Long getOrgId() {
        return orgId;
    }

    public void setOrgId(Long orgId) {
        this.orgId = orgId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public List<Long> getItemIds() {
        return itemIds;
    }

    public void setItemIds(List<Long> itemIds) {
        this.itemIds = itemIds;
    }

    public List<Long> getAreaIds() {
        return areaIds;
    }

    public void setAreaIds(List<Long> areaIds) {
        this.areaIds = areaIds;
    }

    public List<String> getSlots() {
        return slots;
    }

    public void setSlots(List<String> slots) {
        this.slots = slots;
    }
}
