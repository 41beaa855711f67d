package org.jinguo.volunteer.service;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a woman fills in on the public sign-up page (志愿者报名): who she is, what she offers, her sign-in. */
public class JoinForm extends VolunteerOffer {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{jinguo.required}")
    @Size(max = 50, message = "{jinguo.size.max}")
    private String name;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 18, message = "{jinguo.size.max}")
    private String idCard;
    @NotBlank(message = "{jinguo.required}")
    @Pattern(regexp = "1\\d{10}", message = "{volunteer.phone.invalid}")
    private String phone;
    @NotNull(message = "{jinguo.required}")
    private Long communityId;
    @NotBlank(message = "{jinguo.required}")
    @Pattern(regexp = "[A-Za-z0-9_.-]{3,50}", message = "{volunteer.username.invalid}")
    private String username;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 128, message = "{jinguo.size.max}")
    private String password;
    @AssertTrue(message = "{volunteer.consent.required}")
    private boolean consent;

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

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
