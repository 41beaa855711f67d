package org.jinguo.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.admin.service.AuditFilter;
import org.jinguo.admin.service.AuditRow;
import org.jinguo.admin.service.AuditService;
import org.jinguo.platform.audit.AuditAction;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.Texts;
import org.jinguo.unit.service.OrgUnitService;
import org.jinguo.unit.service.UnitRow;

/** The auditor's page: the audit trail of her scope, filtered and paged in the database, and its export. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_PAGE = 1000;

    @Inject
    AuditService audit;

    @Inject
    AuditTrail trail;

    @Inject
    OrgUnitService units;

    @Valid
    private AuditFilter filter = new AuditFilter();
    private UnitRow unit;
    private PagedList<AuditRow> entries;

    @PostConstruct
    void init() {
        entries = new PagedList<>((first, max) -> audit.entries(filter, first, max), () -> audit.count(filter),
                row -> String.valueOf(row.id()));
    }

    public void search() {
        filter.setUnitId(unit == null ? null : unit.id());
    }

    public void clear() {
        filter = new AuditFilter();
        unit = null;
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    /** The record type in the user's language ({@code audit.type.<Type>}), else its class name. */
    public String typeLabel(String recordType) {
        return recordType == null ? "" : Texts.getOr("audit.type." + recordType, recordType);
    }

    public List<String> getRecordTypes() {
        return audit.recordTypes();
    }

    /** The whole filtered trail as a spreadsheet, fetched a page at a time; the export is itself audited. */
    public void export() throws IOException {
        search();
        List<String> headers = List.of(Texts.get("audit.time"), Texts.get("audit.action"), Texts.get("audit.actor"),
                Texts.get("audit.unit"), Texts.get("audit.recordType"), Texts.get("audit.recordId"),
                Texts.get("audit.address"), Texts.get("audit.detail"));
        Downloads.xlsx(Texts.get("audit.title"), headers, sheet -> {
            Long before = null;
            List<AuditRow> page;
            do {
                page = audit.entriesBefore(filter, before, EXPORT_PAGE);
                for (AuditRow row : page) {
                    sheet.row(row.occurredAt(), Texts.get("audit.action." + row.action()), row.actor(),
                            row.unitName(), typeLabel(row.recordType()), row.recordId(), row.clientAddress(), row.detail());
                    before = row.id();
                }
            } while (page.size() == EXPORT_PAGE);
            return sheet.dataRows();
        }, rows -> trail.exported("AuditEntry", rows, filter.describe()));
    }

    public AuditFilter getFilter() {
        return filter;
    }

    public UnitRow getUnit() {
        return unit;
    }

    public void setUnit(UnitRow unit) {
        this.unit = unit;
    }

    public PagedList<AuditRow> getEntries() {
        return entries;
    }
}
