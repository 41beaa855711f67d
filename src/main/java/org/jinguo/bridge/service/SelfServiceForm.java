package org.jinguo.bridge.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.jinguo.volunteer.model.DayPart;

/** A need as a resident enters it herself on the public page (我要求助), without an account. */
public class SelfServiceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{jinguo.required}")
    @Size(max = 50, message = "{jinguo.size.max}")
    private String name;
    @NotNull(message = "{jinguo.required}")
    @Pattern(regexp = "1\\d{10}", message = "{volunteer.phone.invalid}")
    private String phone;
    @NotNull(message = "{jinguo.required}")
    private Long communityId;
    /** A menu item's id, or {@code OTHER_<LINE>} for a need not on the menu of that line. */
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 40, message = "{jinguo.size.max}")
    private String choice;
    @Size(max = 100, message = "{jinguo.size.max}")
    private String otherItem;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 1000, message = "{jinguo.size.max}")
    private String description;
    private LocalDate preferredOn;
    private DayPart preferredPart;
    @Size(max = 200, message = "{jinguo.size.max}")
    private String place;
    private boolean consent;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public String getOtherItem() {
        return otherItem;
    }

    public void setOtherItem(String otherItem) {
        this.otherItem = otherItem;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getPreferredOn() {
        return preferredOn;
    }

    public void setPreferredOn(LocalDate preferredOn) {
        this.preferredOn = preferredOn;
    }

    public DayPart getPreferredPart() {
        return preferredPart;
    }

    public void setPreferredPart(DayPart preferredPart) {
        this.preferredPart = preferredPart;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
