package org.jinguo.bridge.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.jinguo.bridge.model.LegalReferral;
import org.jinguo.bridge.model.LegalTopic;

/** A consultation's record, for a booked slot ({@code bookingId}) or a woman who walked in ({@code personId}). */
public class ConsultationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long bookingId;
    private Long personId;
    @NotNull(message = "{jinguo.required}")
    private LegalTopic topic;
    private boolean flagged;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 2000, message = "{jinguo.size.max}")
    private String advice;
    @Size(max = 500, message = "{jinguo.size.max}")
    private String followUp;
    @NotNull(message = "{jinguo.required}")
    private LegalReferral referral = LegalReferral.NONE;

    public Long getBookingId() {
        return bookingId;
    }

    public void setBookingId(Long bookingId) {
        this.bookingId = bookingId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public LegalTopic getTopic() {
        return topic;
    }

    public void setTopic(LegalTopic topic) {
        this.topic = topic;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public void setFlagged(boolean flagged) {
        this.flagged = flagged;
    }

    public String getAdvice() {
        return advice;
    }

    public void setAdvice(String advice) {
        this.advice = advice;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }

    public LegalReferral getReferral() {
        return referral;
    }

    public void setReferral(LegalReferral referral) {
        this.referral = referral;
    }
}
