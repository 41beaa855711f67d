package org.jinguo.bridge.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import org.jinguo.platform.scope.UnitOwned;

/** Who gives to the pool (爱心捐赠方): a firm, an organisation or a person, kept by the federation that received it. */
@Entity
@Table(name = "aid_donor")
public class Donor extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "aid_donor_ids")
    @TableGenerator(name = "aid_donor_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "aid_donor", allocationSize = 10)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private DonorKind kind;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "contact", length = 50)
    private String contact;

    @Column(name = "phone", length = 30)
    private String phone;

    protected Donor() {
    }

    public Donor(DonorKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    @Override
    public Long getId() {
        return id;
    }

    public DonorKind getKind() {
        return kind;
    }

    public void setKind(DonorKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
