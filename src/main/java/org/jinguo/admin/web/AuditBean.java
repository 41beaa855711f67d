package org.jinguo.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jinguo.admin.service.AuditFilter;
import org.jinguo.admin.service.AuditRow;
import org.jinguo.admin.service.AuditService;
import org.jinguo.platform.audit.AuditAction;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.Formats;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/** The auditor's page: the audit trail of her scope, filtered and paged in the database, and its export. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The trail as a spreadsheet shows it, newest first, each change in words as the page shows it. */
    static SheetColumns<AuditRow> columns(AuditDetails details) {
        return SheetColumns.of(AuditRow.class)
            .column("audit.time", AuditRow::occurredAt)
            .column("audit.action", row -> SheetColumns.label("audit.action." + row.action()))
            .column("audit.actor", AuditRow::actor)
            .column("audit.unit", AuditRow::unitName)
            .column("audit.recordType", row -> recordTypeLabel(row.recordType()))
            .column("audit.recordId", AuditRow::recordId)
            .column("audit.address", AuditRow::clientAddress)
            .column("audit.detail", row -> details.text(row.recordType(), row.detail()));
    }

    @Inject
    AuditService audit;

    @Inject
    AuditTrail trail;

    @Inject
    UnitDirectory units;

    @Valid
    private AuditFilter filter = new AuditFilter();
    private UnitRow unit;
    private PagedList<AuditRow> entries;
    private final Map<Long, List<AuditDetails.Line>> lines = new HashMap<>();
    private final Map<Long, String> unitNames = new HashMap<>();
    private AuditService.Retention retention;

    @PostConstruct
    void init() {
        entries = new PagedList<>((first, max) -> audit.entries(filter, first, max), () -> audit.count(filter),
                row -> String.valueOf(row.id()));
    }

    /** "近期记录保留 12 个月，更早的已归档（最近一次归档 …，移入 … 条）", for the line above the filters. */
    public String getRetentionText() {
        if (retention == null) {
            retention = audit.retention();
        }
        String kept = Texts.get("audit.retention", retention.months());
        return retention.lastArchived() == null ? kept + Texts.get("audit.retention.never")
                : kept + Texts.get("audit.retention.last", Formats.moment(retention.lastArchived()), retention.lastMoved());
    }

    public void search() {
        filter.setUnitId(unit == null ? null : unit.id());
        lines.clear();
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
        return recordTypeLabel(recordType);
    }

    static String recordTypeLabel(String recordType) {
        return recordType == null ? "" : Texts.getOr("audit.type." + recordType, recordType);
    }

    public List<String> getRecordTypes() {
        return audit.recordTypes();
    }

    /** The whole filtered trail as a spreadsheet, fetched a page at a time; the export is itself audited. */
    public void export() throws IOException {
        search();
        Downloads.xlsxByKey(Texts.get("audit.title"), columns(details()),
                (before, max) -> audit.entriesBefore(filter, before == Long.MIN_VALUE ? null : before, max), AuditRow::id,
                rows -> trail.exported("AuditEntry", rows, filter.describe()));
    }

    /** The entry's change, a line per field in the reader's words (computed once per entry and view). */
    public List<AuditDetails.Line> changes(AuditRow row) {
        return lines.computeIfAbsent(row.id(), id -> details().lines(row.recordType(), row.detail()));
    }

    private AuditDetails details() {
        return new AuditDetails(Texts.currentLocale(), this::unitName);
    }

    /** A unit's name for a change that names it by number; null when the auditor cannot see that unit. */
    private String unitName(long id) {
        return unitNames.computeIfAbsent(id, key -> {
            try {
                return units.row(key).name();
            } catch (RuntimeException outOfScopeOrGone) {
                return null;
            }
        });
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
