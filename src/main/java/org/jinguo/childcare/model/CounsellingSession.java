package org.jinguo.childcare.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jinguo.platform.audit.AuditMasked;
import org.jinguo.platform.scope.UnitOwned;

/**
 * One counselling session of a series for one child: when and where, planned, then attended, missed or cancelled
 * (by whom), how long it took, the counsellor's notes (encrypted: only the case's team reads them) and a progress
 * rating. It belongs to the case's unit. A session attended under a contract is one of its deliveries.
 */
@Entity
@Table(name = "counselling_session")
public class CounsellingSession extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "counselling_session_ids")
    @TableGenerator(name = "counselling_session_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "counselling_session", allocationSize = 50)
    private Long id;

    @Column(name = "series_id", nullable = false, updatable = false)
    private long seriesId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "place", nullable = false, length = 200)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private SessionStatus status = SessionStatus.PLANNED;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by", length = 12)
    private CancelledBy cancelledBy;

    @AuditMasked
    @Column(name = "notes_cipher", length = 6000)
    private String notesCipher;

    @Column(name = "progress")
    private Integer progress;

    @Column(name = "recorded_by", length = 50)
    private String recordedBy;

    @Column(name = "delivery_id")
    private Long deliveryId;

    protected CounsellingSession() {
    }

    public CounsellingSession(CounsellingSeries series, LocalDate heldOn) {
        this(series, heldOn, series.getCaseId());
    }

    /** A session of the series for the child of case {@code caseId} (one of a group's children). */
    public CounsellingSession(CounsellingSeries series, LocalDate heldOn, long caseId) {
        this.seriesId = series.getId();
        this.caseId = caseId;
        this.heldOn = heldOn;
        this.startsAt = series.getStartsAt();
        this.minutes = series.getMinutes();
        this.place = series.getPlace();
    }

    /** Records what happened: attended (with minutes, notes and progress), missed, or cancelled by someone. */
    public void record(SessionStatus outcome, CancelledBy by, int minutesHeld, String notes, Integer progressRating, String recorder) {
        this.status = outcome;
        this.cancelledBy = outcome == SessionStatus.CANCELLED ? by : null;
        this.minutes = minutesHeld;
        this.notesCipher = notes;
        this.progress = outcome == SessionStatus.ATTENDED ? progressRating : null;
        this.recordedBy = recorder;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getSeriesId() {
        return seriesId;
    }

    public long getCaseId() {
        return caseId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public CancelledBy getCancelledBy() {
        return cancelledBy;
    }

    public String getNotesCipher() {
        return notesCipher;
    }

    public Integer getProgress() {
        return progress;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Long getDeliveryId() {
        return deliveryId;
    }

    public void setDeliveryId(Long deliveryId) {
        this.deliveryId = deliveryId;
    }
}
