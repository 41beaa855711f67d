package org.jinguo.childcare.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.childcare.model.ChildCategory;
import org.jinguo.person.model.Gender;

/**
 * A child registered with the project (个案登记): the case under her pseudonym, and her identity, which is stored
 * apart and encrypted. The caseworker who registers her is on her team from the start; a supervisor names one.
 */
public class RegistrationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{jinguo.required}")
    private Long unitId;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 20, message = "{jinguo.size.max}")
    private String pseudonym;
    private Gender gender;
    @NotNull(message = "{jinguo.required}")
    private ChildCategory category;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 1000, message = "{jinguo.size.max}")
    private String qualifyingFacts;
    @Size(max = 200, message = "{jinguo.size.max}")
    private String referredBy;
    @NotNull(message = "{jinguo.required}")
    @PastOrPresent(message = "{jinguo.date.notFuture}")
    private LocalDate registeredOn;
    /** The caseworker to put on the team, when a supervisor registers her; a caseworker registering is put on herself. */
    private Long caseworkerId;

    @NotBlank(message = "{jinguo.required}")
    @Size(max = 50, message = "{jinguo.size.max}")
    private String realName;
    @Size(max = 18, message = "{jinguo.size.max}")
    private String idCard;
    @NotNull(message = "{jinguo.required}")
    @PastOrPresent(message = "{jinguo.date.notFuture}")
    private LocalDate birthDate;
    @Size(max = 200, message = "{jinguo.size.max}")
    private String address;
    @Size(max = 100, message = "{jinguo.size.max}")
    private String school;
    @Valid
    @Size(max = 3, message = "{jinguo.size.max}")
    private List<GuardianForm> guardians = new ArrayList<>(List.of(new GuardianForm(), new GuardianForm()));

    public static RegistrationForm forUnit(long unitId, LocalDate today) {
        RegistrationForm form = new RegistrationForm();
        form.unitId = unitId;
        form.registeredOn = today;
        return form;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(String pseudonym) {
        this.pseudonym = pseudonym;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public ChildCategory getCategory() {
        return category;
    }

    public void setCategory(ChildCategory category) {
        this.category = category;
    }

    public String getQualifyingFacts() {
        return qualifyingFacts;
    }

    public void setQualifyingFacts(String qualifyingFacts) {
        this.qualifyingFacts = qualifyingFacts;
    }

    public String getReferredBy() {
        return referredBy;
    }

    public void setReferredBy(String referredBy) {
        this.referredBy = referredBy;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
    }

    public Long getCaseworkerId() {
        return caseworkerId;
    }

    public void setCaseworkerId(Long caseworkerId) {
        this.caseworkerId = caseworkerId;
    }

    public String getRealName() {
        return realName;
    }

    public void setRealName(String realName) {
        this.realName = realName;
    }

    public String getIdCard() {
        return idCard;
    }

    public void setIdCard(String idCard) {
        this.idCard = idCard;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public List<GuardianForm> getGuardians() {
        return guardians;
    }

    public void setGuardians(List<GuardianForm> guardians) {
        this.guardians = guardians;
    }
}
