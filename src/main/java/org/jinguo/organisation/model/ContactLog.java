package org.jinguo.organisation.model;

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
import java.time.LocalDate;
import org.jinguo.platform.scope.UnitOwned;
import org.jinguo.vocabulary.ServiceLine;

/**
 * One contact with a resident: the day, the channel, and the need she raised with the bridge it belongs
 * to, kept so that the need can later become a Jinguo Bridge service order.
 */
@Entity
@Table(name = "contact_log")
public class ContactLog extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "contact_log_ids")
    @TableGenerator(name = "contact_log_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "contact_log", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id", nullable = false)
    private ResidentContact contact;

    @Column(name = "contacted_on", nullable = false)
    private LocalDate contactedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    private ContactChannel channel;

    @Column(name = "need", length = 500)
    private String need;

    @Enumerated(EnumType.STRING)
    @Column(name = "need_line", length = 32)
    private ServiceLine needLine;

    /** The Bridge order the need became, by its number (the order points back to this entry). */
    @Column(name = "order_no", length = 20)
    private String orderNo;

    protected ContactLog() {
    }

    public ContactLog(ResidentContact contact, LocalDate contactedOn, ContactChannel channel, String need,
                      ServiceLine needLine) {
        this.contact = contact;
        this.contactedOn = contactedOn;
        this.channel = channel;
        this.need = need;
        this.needLine = needLine;
    }

    @Override
    public Long getId() {
        return id;
    }

    public ResidentContact getContact() {
        return contact;
    }

    public LocalDate getContactedOn() {
        return contactedOn;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public String getNeed() {
        return need;
    }

    public ServiceLine getNeedLine() {
        return needLine;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public void becameOrder(String orderNo) {
        this.orderNo = orderNo;
    }
}
