package org.jinguo.volunteer.service;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jinguo.bridge.model.ServiceLine;
import org.jinguo.volunteer.model.Skill;

/** What a woman fills in on the public sign-up page (志愿者报名): who she is, what she offers, her sign-in. */
public class JoinForm implements Serializable {

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
    @NotNull(message = "{jinguo.required}")
    @Size(min = 1, message = "{volunteer.skills.required}")
    private Set<Skill> skills = EnumSet.noneOf(Skill.class);
    @NotNull(message = "{jinguo.required}")
    private Set<ServiceLine> lines = EnumSet.noneOf(ServiceLine.class);
    @NotNull(message = "{jinguo.required}")
    private Set<String> slots = new HashSet<>();
    @Size(max = 200, message = "{jinguo.size.max}")
    private String areas;
    @Size(max = 500, message = "{jinguo.size.max}")
    private String introduction;
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

    public Set<Skill> getSkills() {
        return skills;
    }

    public void setSkills(Set<Skill> skills) {
        this.skills = skills;
    }

    public Set<ServiceLine> getLines() {
        return lines;
    }

    public void setLines(Set<ServiceLine> lines) {
        this.lines = lines;
    }

    public Set<String> getSlots() {
        return slots;
    }

    public void setSlots(Set<String> slots) {
        this.slots = slots;
    }

    public String getAreas() {
        return areas;
    }

    public void setAreas(String areas) {
        this.areas = areas;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
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
