package org.jinguo.incubation.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.jinguo.incubation.model.LegalStatus;
import org.jinguo.incubation.model.OrgKind;

/** An organisation as its application and edit form hold it. */
public class OrgForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    @NotNull(message = "{jinguo.required}")
    private Long unitId;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 100, message = "{jinguo.size.max}")
    private String name;
    @NotNull(message = "{jinguo.required}")
    private OrgKind kind;
    @NotNull(message = "{jinguo.required}")
    private LegalStatus legalStatus = LegalStatus.UNREGISTERED;
    @Size(max = 50, message = "{jinguo.size.max}")
    private String registrationNumber;
    private Long contactId;
    private Long originTeamId;
    @Size(max = 1000, message = "{jinguo.size.max}")
    private String introduction;
    @NotNull(message = "{jinguo.required}")
    @PastOrPresent(message = "{jinguo.date.notFuture}")
    private LocalDate appliedOn;

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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrgKind getKind() {
        return kind;
    }

    public void setKind(OrgKind kind) {
        this.kind = kind;
    }

    public LegalStatus getLegalStatus() {
        return legalStatus;
    }

    public void setLegalStatus(LegalStatus legalStatus) {
        this.legalStatus = legalStatus;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public Long getOriginTeamId() {
        return originTeamId;
    }

    public void setOriginTeamId(Long originTeamId) {
        this.originTeamId = originTeamId;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public void setAppliedOn(LocalDate appliedOn) {
        this.appliedOn = appliedOn;
    }
}
