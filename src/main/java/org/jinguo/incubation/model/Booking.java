package org.jinguo.incubation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jinguo.platform.scope.UnitOwned;

/** A room, desk or piece of equipment booked by an organisation for a time on one day; never two at once. */
@Entity
@Table(name = "room_booking")
public class Booking extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "room_booking_ids")
    @TableGenerator(name = "room_booking_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "room_booking", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_id", nullable = false)
    private Room room;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_id", nullable = false)
    private SocialOrg org;

    @Column(name = "booked_on", nullable = false)
    private LocalDate bookedOn;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(name = "purpose", nullable = false, length = 200)
    private String purpose;

    @Column(name = "cancelled", nullable = false)
    private boolean cancelled;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    protected Booking() {
    }

    public Booking(Room room, SocialOrg org, LocalDate bookedOn, LocalTime startsAt, LocalTime endsAt, String purpose,
                   String recordedBy) {
        this.room = room;
        this.org = org;
        this.bookedOn = bookedOn;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.purpose = purpose;
        this.recordedBy = recordedBy;
        assignTo(room.getUnit());
    }

    /** Whether this booking and [{@code start}, {@code end}) on {@code day} share any minute. */
    public boolean overlaps(LocalDate day, LocalTime start, LocalTime end) {
        return !cancelled && bookedOn.equals(day) && startsAt.isBefore(end) && start.isBefore(endsAt);
    }

    @Override
    public Long getId() {
        return id;
    }

    public Room getRoom() {
        return room;
    }

    public SocialOrg getOrg() {
        return org;
    }

    public LocalDate getBookedOn() {
        return bookedOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public String getPurpose() {
        return purpose;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void cancel() {
        this.cancelled = true;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
