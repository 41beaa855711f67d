package org.jinguo.bridge.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import org.jinguo.person.model.Person;
import org.jinguo.platform.audit.AuditIgnored;
import org.jinguo.platform.scope.UnitOwned;

/**
 * A slot of a legal session booked for a woman (by staff on the phone, or by herself), with the topic she gave. While
 * it holds the slot its {@code slotKey} is 1, so the database refuses a second booking of the slot; cancelling sets it
 * to null and frees the slot, keeping the record.
 */
@Entity
@Table(name = "legal_booking")
public class LegalBooking extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "legal_booking_ids")
    @TableGenerator(name = "legal_booking_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "legal_booking", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private LegalSession session;

    @Column(name = "slot", nullable = false)
    private int slot;

    @AuditIgnored // the slot's hold for the database's unique key; the status says the same in words
    @Column(name = "slot_key")
    private Integer slotKey = 1;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, length = 24)
    private LegalTopic topic;

    @Column(name = "self_booked", nullable = false)
    private boolean selfBooked;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private BookingStatus status = BookingStatus.BOOKED;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    protected LegalBooking() {
    }

    public LegalBooking(LegalSession session, int slot, Person person, LegalTopic topic, boolean selfBooked, Instant bookedAt) {
        this.session = session;
        this.slot = slot;
        this.person = person;
        this.topic = topic;
        this.selfBooked = selfBooked;
        this.bookedAt = bookedAt;
        assignTo(session.getUnit());
    }

    @Override
    public Long getId() {
        return id;
    }

    /** Frees the slot; the record stays. */
    public void cancel() {
        status = BookingStatus.CANCELLED;
        slotKey = null;
    }

    public void setStatus(BookingStatus status) {
        this.status = status;
    }

    public boolean holdsSlot() {
        return slotKey != null;
    }

    public LegalSession getSession() {
        return session;
    }

    public int getSlot() {
        return slot;
    }

    public Person getPerson() {
        return person;
    }

    public LegalTopic getTopic() {
        return topic;
    }

    public boolean isSelfBooked() {
        return selfBooked;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }
}
