package org.jinguo.organisation.model;

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
import org.jinguo.person.model.Person;
import org.jinguo.platform.scope.UnitOwned;

/** A resident (with her household) whom an executive member keeps in touch with (联系群众). */
@Entity
@Table(name = "resident_contact")
public class ResidentContact extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "resident_contact_ids")
    @TableGenerator(name = "resident_contact_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "resident_contact", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Person member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resident_id", nullable = false)
    private Person resident;

    @Column(name = "household", length = 200)
    private String household;

    protected ResidentContact() {
    }

    public ResidentContact(Person member, Person resident, String household) {
        this.member = member;
        this.resident = resident;
        this.household = household;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Person getMember() {
        return member;
    }

    public Person getResident() {
        return resident;
    }

    public String getHousehold() {
        return household;
    }

    /** A merge of two person records: the kept one takes this link, on whichever side the duplicate stood. */
    public void replace(Person duplicate, Person kept) {
        if (member.equals(duplicate)) {
            member = kept;
        }
        if (resident.equals(duplicate)) {
            resident = kept;
        }
    }
}
