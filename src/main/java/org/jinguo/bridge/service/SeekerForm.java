package org.jinguo.bridge.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.jinguo.bridge.model.JobSkill;
import org.jinguo.bridge.model.SeekerStatus;
import org.jinguo.bridge.model.WorkHours;

/** A woman of the registry registered as a job seeker, or her record changed ({@code id} given). */
public class SeekerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    @NotNull(message = "{jinguo.required}")
    private Long personId;
    @NotNull(message = "{jinguo.required}")
    private Set<JobSkill> skills = EnumSet.noneOf(JobSkill.class);
    @NotNull(message = "{jinguo.required}")
    @Size(min = 1, message = "{job.hours.required}")
    private Set<WorkHours> hours = EnumSet.noneOf(WorkHours.class);
    @Size(max = 500, message = "{jinguo.size.max}")
    private String wishes;
    @DecimalMin(value = "0", message = "{jinguo.count.min}")
    private BigDecimal wantedPay;
    private SeekerStatus status = SeekerStatus.LOOKING;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Set<JobSkill> getSkills() {
        return skills;
    }

    public void setSkills(Set<JobSkill> skills) {
        this.skills = skills;
    }

    public Set<WorkHours> getHours() {
        return hours;
    }

    public void setHours(Set<WorkHours> hours) {
        this.hours = hours;
    }

    public String getWishes() {
        return wishes;
    }

    public void setWishes(String wishes) {
        this.wishes = wishes;
    }

    public BigDecimal getWantedPay() {
        return wantedPay;
    }

    public void setWantedPay(BigDecimal wantedPay) {
        this.wantedPay = wantedPay;
    }

    public SeekerStatus getStatus() {
        return status;
    }

    public void setStatus(SeekerStatus status) {
        this.status = status;
    }
}
