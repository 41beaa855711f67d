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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.jinguo.platform.files.StoredFile;
import org.jinguo.platform.scope.UnitOwned;

/** One step of an organisation's timeline: from which stage to which, when, who recorded it, notes, a reason, files. */
@Entity
@Table(name = "incubation_step")
public class IncubationStep extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "incubation_step_ids")
    @TableGenerator(name = "incubation_step_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "incubation_step", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_id", nullable = false)
    private SocialOrg org;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 16)
    private Stage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 16)
    private Stage toStage;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "notes", length = 1000)
    private String notes;

    @Column(name = "reason", length = 500)
    private String reason;

    @ManyToMany(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "incubation_step_file", joinColumns = @JoinColumn(name = "step_id"),
            inverseJoinColumns = @JoinColumn(name = "file_id"))
    private List<StoredFile> files = new ArrayList<>();

    protected IncubationStep() {
    }

    public IncubationStep(SocialOrg org, Stage fromStage, Stage toStage, LocalDate happenedOn, String recordedBy,
                          String notes, String reason, List<StoredFile> files) {
        this.org = org;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.happenedOn = happenedOn;
        this.recordedBy = recordedBy;
        this.notes = notes;
        this.reason = reason;
        this.files.addAll(files);
        assignTo(org.getUnit());
    }

    @Override
    public Long getId() {
        return id;
    }

    public SocialOrg getOrg() {
        return org;
    }

    public Stage getFromStage() {
        return fromStage;
    }

    public Stage getToStage() {
        return toStage;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getNotes() {
        return notes;
    }

    public String getReason() {
        return reason;
    }

    public List<StoredFile> getFiles() {
        return Collections.unmodifiableList(files);
    }
}
