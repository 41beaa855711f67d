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
import org.jinguo.person.model.Person;
import org.jinguo.platform.scope.UnitOwned;

/** A person holding an office in a term; belongs to the term's unit. */
@Entity
@Table(name = "office_holder")
public class OfficeHolder extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "office_holder_ids")
    @TableGenerator(name = "office_holder_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "office_holder", allocationSize = 100)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id", nullable = false)
    private Term term;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "position", nullable = false, length = 20)
    private Position position;

    protected OfficeHolder() {
    }

    public OfficeHolder(Term term, Person person, Position position) {
        this.term = term;
        this.person = person;
        this.position = position;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Term getTerm() {
        return term;
    }

    public Person getPerson() {
        return person;
    }

    /** A duplicate being merged into {@code kept}: the office passes to her. */
    public void passTo(Person kept) {
        this.person = kept;
    }

    public Position getPosition() {
        return position;
    }
}
