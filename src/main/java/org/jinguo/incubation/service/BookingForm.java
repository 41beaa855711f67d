package org.jinguo.incubation.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** A booking of a room, desk or piece of equipment for a resident organisation. */
public class BookingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{jinguo.required}")
    private Long roomId;
    @NotNull(message = "{jinguo.required}")
    private Long orgId;
    @NotNull(message = "{jinguo.required}")
    private LocalDate on;
    @NotNull(message = "{jinguo.required}")
    private LocalTime startsAt;
    @NotNull(message = "{jinguo.required}")
    private LocalTime endsAt;
    @NotBlank(message = "{jinguo.required}")
    @Size(max = 200, message = "{jinguo.size.max}")
    private String purpose;

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public Long getOrgId() {
        return orgId;
    }

    public void setOrgId(Long orgId) {
        this.orgId = orgId;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
