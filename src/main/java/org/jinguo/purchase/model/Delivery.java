package org.jinguo.purchase.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.jinguo.platform.files.StoredFile;
import org.jinguo.platform.scope.UnitOwned;
import org.jinguo.unit.model.OrgUnit;

/** What the provider delivered under a contract on one day: where, in which community, to how many, at what cost, with evidence. */
@Entity
@Table(name = "contract_delivery")
public class Delivery extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "contract_delivery_ids")
    @TableGenerator(name = "contract_delivery_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "contract_delivery", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private ServiceContract contract;

    @Column(name = "delivered_on", nullable = false)
    private LocalDate deliveredOn;

    @Column(name = "place", nullable = false, length = 200)
    private String place;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "community_id")
    private OrgUnit community;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "participants", nullable = false)
    private int participants;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "notes", length = 1000)
    private String notes;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @ManyToMany(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "contract_delivery_file", joinColumns = @JoinColumn(name = "delivery_id"),
            inverseJoinColumns = @JoinColumn(name = "file_id"))
    private List<StoredFile> files = new ArrayList<>();

    protected Delivery() {
    }

    public Delivery(ServiceContract contract, LocalDate deliveredOn, String place, OrgUnit community, int quantity,
                    int participants, BigDecimal amount, String notes, String recordedBy, List<StoredFile> files) {
        this.contract = contract;
        this.deliveredOn = deliveredOn;
        this.place = place;
        this.community = community;
        this.quantity = quantity;
        this.participants = participants;
        this.amount = amount;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.files.addAll(files);
        assignTo(contract.getUnit());
    }

    @Override
    public Long getId() {
        return id;
    }

    public ServiceContract getContract() {
        return contract;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public String getPlace() {
        return place;
    }

    public OrgUnit getCommunity() {
        return community;
    }

    public int getQuantity() {
        return quantity;
    }

    public int getParticipants() {
        return participants;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public List<StoredFile> getFiles() {
        return Collections.unmodifiableList(files);
    }
}
