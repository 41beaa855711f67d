package org.jinguo.bridge.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.jinguo.bridge.model.LegalTopic;

/** A slot a woman books herself on the public page (预约法律咨询): the slot, who she is, where she lives, the topic. */
public class LegalBookingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{jinguo.required}")
    private Long sessionId;
    @NotNull(message = "{jinguo.required}")
    private Integer slot;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 50, message = "{jinguo.size.max}")
    private String name;
    @NotNull(message = "{jinguo.required}")
    @Pattern(regexp = "1\\d{10}", message = "{volunteer.phone.invalid}")
    private String phone;
    @NotNull(message = "{jinguo.required}")
    private Long communityId;
    @NotNull(message = "{jinguo.required}")
    private LegalTopic topic;

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public Integer getSlot() {
        return slot;
    }

    public void setSlot(Integer slot) {
        this.slot = slot;
    }

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

    public LegalTopic getTopic() {
        return topic;
    }

    public void setTopic(LegalTopic topic) {
        this.topic = topic;
    }
}
