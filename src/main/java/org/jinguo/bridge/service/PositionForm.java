package org.jinguo.bridge.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jinguo.bridge.model.JobSkill;
import org.jinguo.bridge.model.WorkHours;

/** A position as staff post it for an employer: new ({@code id} null) or changed. */
public class PositionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    @NotNull(message = "{jinguo.required}")
    private Long employerId;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 100, message = "{jinguo.size.max}")
    private String title;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 200, message = "{jinguo.size.max}")
    private String place;
    private Long streetId;
    @NotNull(message = "{jinguo.required}")
    private WorkHours hours;
    @Size(max = 100, message = "{jinguo.size.max}")
    private String hoursNote;
    @DecimalMin(value = "0", message = "{jinguo.count.min}")
    private BigDecimal payFrom;
    @DecimalMin(value = "0", message = "{jinguo.count.min}")
    private BigDecimal payTo;
    @Min(value = 1, message = "{jinguo.count.min}")
    @Max(value = 500, message = "{jinguo.count.max}")
    private int headcount = 1;
    @NotNull(message = "{jinguo.required}")
    private LocalDate openUntil;
    @NotNull(message = "{jinguo.required}")
    private Set<JobSkill> skills = EnumSet.noneOf(JobSkill.class);
    @Size(max = 1000, message = "{jinguo.size.max}")
    private String description;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public void setEmployerId(Long employerId) {
        this.employerId = employerId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long getStreetId() {
        return streetId;
    }

    public void setStreetId(Long streetId) {
        this.streetId = streetId;
    }

    public WorkHours getHours() {
        return hours;
    }

    public void setHours(WorkHours hours) {
        this.hours = hours;
    }

    public String getHoursNote() {
        return hoursNote;
    }

    public void setHoursNote(String hoursNote) {
        this.hoursNote = hoursNote;
    }

    public BigDecimal getPayFrom() {
        return payFrom;
    }

    public void setPayFrom(BigDecimal payFrom) {
        this.payFrom = payFrom;
    }

    public BigDecimal getPayTo() {
        return payTo;
    }

    public void setPayTo(BigDecimal payTo) {
        this.payTo = payTo;
    }

    public int getHeadcount() {
        return headcount;
    }

    public void setHeadcount(int headcount) {
        this.headcount = headcount;
    }

    public LocalDate getOpenUntil() {
        return openUntil;
    }

    public void setOpenUntil(LocalDate openUntil) {
        this.openUntil = openUntil;
    }

    public Set<JobSkill> getSkills() {
        return skills;
    }

    public void setSkills(Set<JobSkill> skills) {
        this.skills = skills;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
