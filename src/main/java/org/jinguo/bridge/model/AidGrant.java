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
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jinguo.platform.audit.AuditIgnored;
import org.jinguo.platform.scope.UnitOwned;

/**
 * Aid given to a family (救助发放), kept by the family's unit: money or goods out of a donation (so the yuan and the
 * items are traced from the donor), or a service given without one (described in words, e.g. an order of another line).
 */
@Entity
@Table(name = "aid_grant")
public class AidGrant extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "aid_grant_ids")
    @TableGenerator(name = "aid_grant_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "aid_grant", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "family_id", nullable = false, updatable = false)
    private AidFamily family;

    /** The donation's id, read without loading it: the pool's donations are often a unit's above the family's. */
    @AuditIgnored
    @Column(name = "donation_id", updatable = false)
    private Long donationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private AidKind kind;

    @Column(name = "amount", precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "what", length = 200)
    private String what;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "given_by", nullable = false, length = 50)
    private String givenBy;

    protected AidGrant() {
    }

    public AidGrant(AidFamily family, Long donationId, AidKind kind, BigDecimal amount, String what, LocalDate givenOn,
                    String givenBy) {
        this.family = family;
        this.donationId = donationId;
        this.kind = kind;
        this.amount = amount;
        this.what = what;
        this.givenOn = givenOn;
        this.givenBy = givenBy;
        assignTo(family.getUnit());
    }

    @Override
    public Long getId() {
        return id;
    }

    public AidFamily getFamily() {
        return family;
    }

    public Long getDonationId() {
        return donationId;
    }

    public AidKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getWhat() {
        return what;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public String getGivenBy() {
        return givenBy;
    }
}
