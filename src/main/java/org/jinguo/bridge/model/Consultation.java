package org.jinguo.bridge.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jinguo.person.model.Person;
import org.jinguo.platform.audit.AuditMasked;
import org.jinguo.platform.scope.UnitOwned;

/**
 * The record of a legal consultation (咨询记录): what she asked about, the advice, the follow-up, and where she was
 * sent on. Confidential to the legal line's officers and the lawyer; one about domestic violence is flagged, and then
 * only the officer who recorded it, the lawyer of its session and the officers the flag names ({@code readers}) read it.
 * The advice and follow-up are masked in the audit trail.
 */
@Entity
@Table(name = "legal_consultation")
public class Consultation extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "legal_consultation_ids")
    @TableGenerator(name = "legal_consultation_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "legal_consultation", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", updatable = false)
    private LegalSession session;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "booking_id", updatable = false)
    private LegalBooking booking;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, length = 24)
    private LegalTopic topic;

    @Column(name = "dv_flag", nullable = false)
    private boolean dvFlag;

    @AuditMasked
    @Column(name = "advice", nullable = false, length = 2000)
    private String advice;

    @AuditMasked
    @Column(name = "follow_up", length = 500)
    private String followUp;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral", nullable = false, length = 16)
    private LegalReferral referral = LegalReferral.NONE;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "legal_consultation_reader", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> readers = new HashSet<>();

    protected Consultation() {
    }

    public Consultation(Person person, LocalDate heldOn, long recordedBy) {
        this.person = person;
        this.heldOn = heldOn;
        this.recordedBy = recordedBy;
    }

    @Override
    public Long getId() {
        return id;
    }

    /** The topic, and with it the flag: a consultation about domestic violence is always flagged. */
    public void setTopic(LegalTopic topic, boolean flagged) {
        this.topic = topic;
        this.dvFlag = flagged || topic == LegalTopic.DOMESTIC_VIOLENCE;
    }

    public void setSession(LegalSession session, LegalBooking booking) {
        this.session = session;
        this.booking = booking;
    }

    public LegalSession getSession() {
        return session;
    }

    public LegalBooking getBooking() {
        return booking;
    }

    public Person getPerson() {
        return person;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public LegalTopic getTopic() {
        return topic;
    }

    public boolean isDvFlag() {
        return dvFlag;
    }

    public String getAdvice() {
        return advice;
    }

    public void setAdvice(String advice) {
        this.advice = advice;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }

    public LegalReferral getReferral() {
        return referral;
    }

    public void setReferral(LegalReferral referral) {
        this.referral = referral;
    }

    public long getRecordedBy() {
        return recordedBy;
    }

    public Set<Long> getReaders() {
        return readers;
    }
}
