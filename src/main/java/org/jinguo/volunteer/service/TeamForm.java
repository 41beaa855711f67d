package org.jinguo.volunteer.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.jinguo.vocabulary.ServiceLine;

/** A team as staff create or edit it. */
public class TeamForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    @NotNull(message = "{jinguo.required}")
    private Long unitId;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 100, message = "{jinguo.size.max}")
    private String name;
    @NotNull(message = "{jinguo.required}")
    private ServiceLine line;
    private Long leaderId;
    @Size(max = 1000, message = "{jinguo.size.max}")
    private String profile;
    @PastOrPresent(message = "{jinguo.date.notFuture}")
    private LocalDate foundedOn;

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

    public ServiceLine getLine() {
        return line;
    }

    public void setLine(ServiceLine line) {
        this.line = line;
    }

    public Long getLeaderId() {
        return leaderId;
    }

    public void setLeaderId(Long leaderId) {
        this.leaderId = leaderId;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }
}
