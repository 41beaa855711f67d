package org.jinguo.bridge.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.jinguo.bridge.model.CourseKind;

/** A course as staff enter it: new ({@code id} null) or changed. An order number links it to a community's order. */
public class CourseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    @NotNull(message = "{jinguo.required}")
    private Long unitId;
    @NotNull(message = "{jinguo.required}")
    private CourseKind kind;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 100, message = "{jinguo.size.max}")
    private String title;
    @Size(max = 1000, message = "{jinguo.size.max}")
    private String description;
    private Long trainerId;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 200, message = "{jinguo.size.max}")
    private String place;
    @Min(value = 1, message = "{jinguo.count.min}")
    @Max(value = 500, message = "{jinguo.count.max}")
    private int places = 10;
    private boolean selfEnrol = true;
    @Size(max = 20, message = "{jinguo.size.max}")
    private String orderNo;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public CourseKind getKind() {
        return kind;
    }

    public void setKind(CourseKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getTrainerId() {
        return trainerId;
    }

    public void setTrainerId(Long trainerId) {
        this.trainerId = trainerId;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public int getPlaces() {
        return places;
    }

    public void setPlaces(int places) {
        this.places = places;
    }

    public boolean isSelfEnrol() {
        return selfEnrol;
    }

    public void setSelfEnrol(boolean selfEnrol) {
        this.selfEnrol = selfEnrol;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public void setOrderNo(String orderNo) {
        this.orderNo = orderNo;
    }
}
