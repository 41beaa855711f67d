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
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.UnitOwned;

/**
 * A donation to the pool (捐赠): money in yuan, or goods as a quantity of an item; free, or restricted to families of one
 * kind of hardship. It keeps what it still holds: {@code amount} = the aid given out of it + {@code remaining}, and
 * {@link #take} is the only way down.
 */
@Entity
@Table(name = "aid_donation")
public class Donation extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "aid_donation_ids")
    @TableGenerator(name = "aid_donation_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "aid_donation", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "donor_id", nullable = false, updatable = false)
    private Donor donor;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private AidKind kind;

    @Column(name = "item", length = 100)
    private String item;

    @Column(name = "measure", length = 10)
    private String measure;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "remaining", nullable = false, precision = 12, scale = 2)
    private BigDecimal remaining;

    @Enumerated(EnumType.STRING)
    @Column(name = "restricted_to", length = 24)
    private HardshipReason restrictedTo;

    @Column(name = "note", length = 300)
    private String note;

    protected Donation() {
    }

    public Donation(Donor donor, LocalDate receivedOn, AidKind kind, BigDecimal amount) {
        if (kind == AidKind.SERVICE) {
            throw new IllegalArgumentException("a donation is money or goods");
        }
        this.donor = donor;
        this.receivedOn = receivedOn;
        this.kind = kind;
        this.amount = amount;
        this.remaining = amount;
    }

    @Override
    public Long getId() {
        return id;
    }

    /** Takes {@code quantity} out of what it holds; refused past it. */
    public void take(BigDecimal quantity) {
        if (quantity.signum() <= 0) {
            throw new BusinessRuleException("aid.amount.positive", "amount");
        }
        if (quantity.compareTo(remaining) > 0) {
            throw new BusinessRuleException("aid.beyondDonation", "amount", remaining.stripTrailingZeros().toPlainString());
        }
        remaining = remaining.subtract(quantity);
    }

    public Donor getDonor() {
        return donor;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public AidKind getKind() {
        return kind;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getRemaining() {
        return remaining;
    }

    public HardshipReason getRestrictedTo() {
        return restrictedTo;
    }

    public void setRestrictedTo(HardshipReason restrictedTo) {
        this.restrictedTo = restrictedTo;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
