package org.jinguo.bridge.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.jinguo.bridge.model.NeedChannel;
import org.jinguo.bridge.model.Urgency;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.DayPart;

/** A need as staff take it down (需求登记): it becomes an order waiting to be accepted. */
public class NeedForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The federation that handles it. */
    @NotNull(message = "{jinguo.required}")
    private Long unitId;
    @NotNull(message = "{jinguo.required}")
    private Long requesterId;
    private Long communityId;
    @NotNull(message = "{jinguo.required}")
    private ServiceLine line;
    /** A menu item of the line, or none and {@link #otherItem} in words. */
    private Long itemId;
    @Size(max = 100, message = "{jinguo.size.max}")
    private String otherItem;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 1000, message = "{jinguo.size.max}")
    private String description;
    @NotNull(message = "{jinguo.required}")
    private Urgency urgency = Urgency.NORMAL;
    private LocalDate preferredOn;
    private DayPart preferredPart;
    @Size(max = 200, message = "{jinguo.size.max}")
    private String place;
    @NotNull(message = "{jinguo.required}")
    private NeedChannel channel = NeedChannel.WALK_IN;
    private boolean consent;
    /** The executive member's contact log entry the need was raised in, when it came from there. */
    private Long contactLogId;

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getRequesterId() {
        return requesterId;
    }

    public void setRequesterId(Long requesterId) {
        this.requesterId = requesterId;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public ServiceLine getLine() {
        return line;
    }

    public void setLine(ServiceLine line) {
        this.line = line;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
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

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
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

    public NeedChannel getChannel() {
        return channel;
    }

    public void setChannel(NeedChannel channel) {
        this.channel = channel;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public Long getContactLogId() {
        return contactLogId;
    }

    public void setContactLogId(Long contactLogId) {
        this.contactLogId = contactLogId;
    }
}
