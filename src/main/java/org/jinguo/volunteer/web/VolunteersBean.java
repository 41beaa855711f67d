package org.jinguo.volunteer.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;
import org.jinguo.volunteer.model.VolunteerStatus;
import org.jinguo.volunteer.service.VolunteerFilter;
import org.jinguo.volunteer.service.VolunteerService.VolunteerRow;
import org.jinguo.volunteer.service.VolunteerService;

/** The volunteer list (志愿者): filter by name, status, skill, bridge and unit; sort by column; export. */
@Named
@ViewScoped
public class VolunteersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The volunteers as a spreadsheet shows them: skills and bridges by their labels. */
    static final SheetColumns<VolunteerRow> COLUMNS = SheetColumns.of(VolunteerRow.class)
            .column("person.name", VolunteerRow::name)
            .column("volunteer.unit", VolunteerRow::unitName)
            .column("volunteer.status", VolunteerRow::status)
            .column("volunteer.skills", VolunteerRow::skills)
            .column("volunteer.lines", VolunteerRow::lines)
            .column("volunteer.appliedOn", VolunteerRow::appliedOn)
            .column("volunteer.source", row -> SheetColumns.label(row.selfRegistered() ? "volunteer.source.self"
                    : "volunteer.source.staff"));

    @Inject
    VolunteerService volunteers;

    @Inject
    UnitDirectory units;

    @Inject
    AuditTrail auditTrail;

    @Valid
    private VolunteerFilter filter = new VolunteerFilter();
    private UnitRow under;
    private PagedList<VolunteerRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max, sorting) -> volunteers.list(filter, first, max, sorting),
                () -> volunteers.count(filter), row -> String.valueOf(row.id()));
    }

    public void search() {
        filter.setUnitId(under == null ? null : under.id());
    }

    /** The applicants waiting for review, oldest first. */
    public void applicants() {
        filter = new VolunteerFilter();
        filter.setStatus(VolunteerStatus.APPLICANT);
        under = null;
    }

    public void clear() {
        filter = new VolunteerFilter();
        under = null;
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public VolunteerStatus[] getStatuses() {
        return VolunteerStatus.values();
    }

    /** The filtered list as a spreadsheet; the export is audited. */
    public void export() throws IOException {
        search();
        Downloads.xlsx(Texts.get("volunteers.title"), COLUMNS, (first, max) -> volunteers.list(filter, first, max, Sorting.NONE),
                count -> auditTrail.exported("Volunteer", count, filter.describe()));
    }

    public VolunteerFilter getFilter() {
        return filter;
    }

    public UnitRow getUnder() {
        return under;
    }

    public void setUnder(UnitRow under) {
        this.under = under;
    }

    public PagedList<VolunteerRow> getRows() {
        return rows;
    }
}
