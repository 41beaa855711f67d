package org.jinguo.purchase.model;

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
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jinguo.incubation.model.SocialOrg;
import org.jinguo.platform.scope.UnitOwned;

/**
 * A purchase of services (购买服务): the unit buys a deliverable from a provider organisation, so many
 * of a measure (performances, sessions, hours) for a budget, over a period; it is closed with an evaluation.
 */
@Entity
@Table(name = "service_contract")
public class ServiceContract extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "service_contract_ids")
    @TableGenerator(name = "service_contract_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "service_contract", allocationSize = 20)
    private Long id;

    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private SocialOrg provider;

    @Enumerated(EnumType.STRING)
    @Column(name = "programme", nullable = false, length = 16)
    private Programme programme;

    @Column(name = "deliverable", nullable = false, length = 500)
    private String deliverable;

    @Column(name = "measure", nullable = false, length = 20)
    private String measure;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "budget", nullable = false, precision = 12, scale = 2)
    private BigDecimal budget;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ContractStatus status = ContractStatus.OPEN;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_by", length = 50)
    private String closedBy;

    @Column(name = "rating")
    private Integer rating;

    @Column(name = "evaluation", length = 1000)
    private String evaluation;

    protected ServiceContract() {
    }

    public ServiceContract(String title, SocialOrg provider, Programme programme, String deliverable, String measure,
                           int quantity, BigDecimal budget, LocalDate signedOn, LocalDate startsOn, LocalDate endsOn) {
        this.title = title;
        this.provider = provider;
        this.programme = programme;
        this.deliverable = deliverable;
        this.measure = measure;
        this.quantity = quantity;
        this.budget = budget;
        this.signedOn = signedOn;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** The price of one unit of the deliverable: the budget shared evenly, to the fen. */
    public BigDecimal unitPrice() {
        return budget.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP);
    }

    public void close(LocalDate on, String by, int rating, String evaluation) {
        this.status = ContractStatus.CLOSED;
        this.closedOn = on;
        this.closedBy = by;
        this.rating = rating;
        this.evaluation = evaluation;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public SocialOrg getProvider() {
        return provider;
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getDeliverable() {
        return deliverable;
    }

    public String getMeasure() {
        return measure;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Integer getRating() {
        return rating;
    }

    public String getEvaluation() {
        return evaluation;
    }
}
