package org.jinguo.bridge.model;

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
import org.jinguo.platform.audit.AuditIgnored;
import org.jinguo.platform.scope.UnitOwned;

/**
 * A legal-service session (法律服务日): a court or a lawyer (one of the Bridge's providers) at a place on a day, its time
 * cut into slots of {@code slotMinutes} that women book. Sessions of a recurring plan share the first one's id as
 * their series.
 */
@Entity
@Table(name = "legal_session")
public class LegalSession extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "legal_session_ids")
    @TableGenerator(name = "legal_session_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "legal_session", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private Provider provider;

    /** The provider's id, read without loading it: a provider of a unit above is outside the reader's scope. */
    @AuditIgnored
    @Column(name = "provider_id", insertable = false, updatable = false)
    private Long providerId;

    @Column(name = "place", nullable = false, length = 200)
    private String place;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "cancelled", nullable = false)
    private boolean cancelled;

    protected LegalSession() {
    }

    public LegalSession(Provider provider, String place, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, int slotMinutes) {
        this.provider = provider;
        this.place = place;
        this.heldOn = heldOn;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.slotMinutes = slotMinutes;
    }

    @Override
    public Long getId() {
        return id;
    }

    /** How many slots the session has: its length over a slot's, whole slots only. */
    public int slots() {
        return (int) (java.time.Duration.between(startsAt, endsAt).toMinutes() / slotMinutes);
    }

    /** When slot {@code n} (from 0) starts. */
    public LocalTime slotStart(int n) {
        return startsAt.plusMinutes((long) n * slotMinutes);
    }

    /** The provider; null when it is a unit's above the reader's and was not read past her scope. */
    public Provider getProvider() {
        return provider;
    }

    public Long getProviderId() {
        return providerId != null ? providerId : provider == null ? null : provider.getId();
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public int getSlotMinutes() {
        return slotMinutes;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void setCancelled(boolean cancelled) {
        this.cancelled = cancelled;
    }
}
