package org.jinguo.organisation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;
import org.jinguo.platform.scope.UnitOwned;

/** A unit's term of office (届), from an election. Terms of one unit never overlap; past ones stay as history. */
@Entity
@Table(name = "term")
public class Term extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "term_ids")
    @TableGenerator(name = "term_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "term", allocationSize = 20)
    private Long id;

    @Column(name = "election_date", nullable = false)
    private LocalDate electionDate;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected Term() {
    }

    public Term(LocalDate electionDate, LocalDate startsOn, LocalDate endsOn) {
        this.electionDate = electionDate;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    @Override
    public Long getId() {
        return id;
    }

    public LocalDate getElectionDate() {
        return electionDate;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    /** Whether the term runs on {@code day}. */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
