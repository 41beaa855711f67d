package org.jinguo.unit.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.unit.model.UnitProfile;
import org.jinguo.unit.model.UnitType;

/**
 * What the unit form edits. For a new unit {@code id} is {@code null}; {@code version} is the version
 * the user started from, so that a concurrent change is detected instead of overwritten.
 */
public class UnitForm implements Serializable {

    public static final int MAX_STATIONS = 20;

    private Long id;
    private long version;

    /** Empty only for the district at the root; required of every other unit by the service. */
    private Long parentId;

    @NotBlank(message = "{jinguo.required}")
    @Size(max = 100, message = "{jinguo.size.max}")
    private String name;

    @NotNull(message = "{jinguo.required}")
    private UnitType type;

    @Size(max = 32, message = "{jinguo.size.max}")
    @Pattern(regexp = "^[A-Za-z0-9_-]*$", message = "{jinguo.unit.code.pattern}")
    private String code;

    @Size(max = 255, message = "{jinguo.size.max}")
    private String address;

    @Size(max = 50, message = "{jinguo.size.max}")
    private String contactName;

    @Size(max = 30, message = "{jinguo.size.max}")
    @Pattern(regexp = "^[0-9+() -]*$", message = "{jinguo.phone.pattern}")
    private String contactPhone;

    private boolean workCovered;

    @Valid
    private UnitProfile profile = new UnitProfile();

    @Size(max = MAX_STATIONS, message = "{jinguo.unit.stations.max}")
    private List<@Valid StationForm> stations = new ArrayList<>();

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

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public boolean isWorkCovered() {
        return workCovered;
    }

    public void setWorkCovered(boolean workCovered) {
        this.workCovered = workCovered;
    }

    public UnitProfile getProfile() {
        return profile;
    }

    public void setProfile(UnitProfile profile) {
        this.profile = profile == null ? new UnitProfile() : profile;
    }

    public List<StationForm> getStations() {
        return stations;
    }

    public void setStations(List<StationForm> stations) {
        this.stations = stations == null ? new ArrayList<>() : stations;
    }
}
