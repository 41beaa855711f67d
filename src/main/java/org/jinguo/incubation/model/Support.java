package org.jinguo.incubation.model;

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
import org.jinguo.platform.scope.UnitOwned;

/** Something the base gave an organisation (help with registration, a training, consulting, funding, …). */
@Entity
@Table(name = "base_support")
public class Support extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "base_support_ids")
    @TableGenerator(name = "base_support_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "base_support", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_id", nullable = false)
    private SocialOrg org;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private SupportKind kind;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @Column(name = "amount", precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    protected Support() {
    }

    public Support(SocialOrg org, SupportKind kind, LocalDate givenOn, String description, BigDecimal amount,
                   String recordedBy) {
        this.org = org;
        this.kind = kind;
        this.givenOn = givenOn;
        this.description = description;
        this.amount = amount;
        this.recordedBy = recordedBy;
        assignTo(org.getUnit());
    }

    @Override
    public Long getId() {
        return id;
    }

    public SocialOrg getOrg() {
        return org;
    }

    public SupportKind getKind() {
        return kind;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
