package org.jinguo.volunteer.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;
import org.jinguo.volunteer.model.HoursStatus;
import org.jinguo.volunteer.service.Certificate;
import org.jinguo.volunteer.service.HoursService.HoursFilter;
import org.jinguo.volunteer.service.HoursService.HoursRow;
import org.jinguo.volunteer.service.HoursService.Sum;
import org.jinguo.volunteer.service.HoursService.TotalRow;
import org.jinguo.volunteer.service.HoursService.TotalsBy;
import org.jinguo.volunteer.service.HoursService;
import org.jinguo.volunteer.service.MonthlyHours;
import org.primefaces.PrimeFaces;

/** Service hours (服务时长): the approval queue, totals by volunteer, team or unit, and the year by month. */
@Named
@ViewScoped
public class HoursBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The hour records as a spreadsheet shows them, hours as numbers that add up. */
    static final SheetColumns<HoursRow> COLUMNS = SheetColumns.of(HoursRow.class)
            .column("person.name", HoursRow::volunteerName)
            .column("volunteer.unit", HoursRow::unitName)
            .column("hours.servedOn", HoursRow::servedOn)
            .column("hours.what", row -> row.activityTitle() != null ? row.activityTitle() : row.description())
            .column("volunteer.hours", row -> Certificate.hoursNumber(row.minutes()))
            .column("hours.source", HoursRow::source)
            .column("volunteer.status", HoursRow::status)
            .column("volunteer.reason", HoursRow::declineReason);

    @Inject
    HoursService hours;

    @Inject
    UnitDirectory units;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail auditTrail;

    private HoursStatus status = HoursStatus.PENDING;
    private String name;
    private UnitRow under;
    private PagedList<HoursRow> rows;
    private List<HoursRow> selected = new ArrayList<>();
    private List<HoursRow> declining = List.of();
    private String reason;

    private TotalsBy by = TotalsBy.VOLUNTEER;
    private LocalDate from = Beijing.today().withDayOfYear(1);
    private LocalDate to = Beijing.today();
    private PagedList<TotalRow> totals;
    private Sum sum;
    private MonthlyHours monthly;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max) -> hours.list(filter(), first, max), () -> hours.count(filter()),
                row -> String.valueOf(row.id()));
        totals = new PagedList<>((first, max) -> hours.totals(unitId(), by, from, to, first, max),
                () -> hours.countTotals(unitId(), by, from, to), row -> String.valueOf(row.id()));
    }

    private HoursFilter filter() {
        return new HoursFilter(under == null ? null : under.id(), status, name, from, to);
    }

    private long unitId() {
        return under == null ? currentCaller.require().unitId() : under.id();
    }

    /** The totals and the monthly chart sit in tabs loaded when opened; a new search recomputes the chart then. */
    public void search() {
        monthly = null;
        sum = null;
        selected = new ArrayList<>();
    }

    public void approve(long id) {
        UiActions.attempt("hoursForm", () -> {
            hours.decide(id, true, null);
            UiActions.info("hours.approved");
        });
        selected = new ArrayList<>();
        sum = null; // an approval changes the totals' sum
    }

    /** Approves the rows ticked on the page shown, all or none. */
    public void approveSelected() {
        if (selected == null || selected.isEmpty()) {
            UiActions.nothingChosen();
            return;
        }
        List<Long> ids = selected.stream().map(HoursRow::id).toList();
        UiActions.attempt("hoursForm", () -> {
            int count = hours.decideAll(ids, true, null);
            UiActions.info("hours.approvedMany", count);
            selected = new ArrayList<>();
            sum = null;
        });
    }

    public void prepareDecline(HoursRow row) {
        declining = List.of(row);
        reason = null;
    }

    /** Opens the decline dialog for the rows ticked; one reason serves them all. */
    public void prepareDeclineSelected() {
        declining = selected == null ? List.of() : List.copyOf(selected);
        reason = null;
        if (declining.isEmpty()) {
            UiActions.nothingChosen();
        }
        PrimeFaces.current().ajax().addCallbackParam("chosen", !declining.isEmpty());
    }

    public void decline() {
        if (declining.isEmpty()) {
            UiActions.nothingChosen();
            return;
        }
        List<Long> ids = declining.stream().map(HoursRow::id).toList();
        UiActions.attempt("declineForm", () -> {
            if (ids.size() == 1) {
                hours.decide(ids.get(0), false, reason);
                UiActions.info("hours.declined");
            } else {
                int count = hours.decideAll(ids, false, reason);
                UiActions.info("hours.declinedMany", count);
            }
            selected = new ArrayList<>();
        });
    }

    /** The filtered hours records as a spreadsheet; the export is audited. */
    public void export() throws IOException {
        HoursFilter filter = filter();
        Downloads.xlsxByKey(Texts.get("hours.title"), COLUMNS, (after, max) -> hours.exportPage(filter, after, max),
                HoursRow::id, count -> auditTrail.exported("ServiceHours", count, filter.describe()));
    }

    public void exportTotals() throws IOException {
        List<String> headers = List.of(Texts.get("hoursBy." + by), Texts.get("hours.total"), Texts.get("hours.records"));
        Downloads.xlsx(Texts.get("hours.totals"), headers, sheet -> {
            Downloads.eachRow((first, max) -> hours.totals(unitId(), by, from, to, first, max), Downloads.EXPORT_PAGE,
                    row -> sheet.row(row.name(), Certificate.hoursNumber(row.minutes()), row.records()));
            return sheet.dataRows();
        }, count -> auditTrail.exported("ServiceHours", count, "by=" + by + " from=" + from + " to=" + to));
    }

    public HoursStatus[] getStatuses() {
        return HoursStatus.values();
    }

    public TotalsBy[] getBys() {
        return TotalsBy.values();
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public HoursStatus getStatus() {
        return status;
    }

    public void setStatus(HoursStatus status) {
        this.status = status;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitRow getUnder() {
        return under;
    }

    public void setUnder(UnitRow under) {
        this.under = under;
    }

    public PagedList<HoursRow> getRows() {
        return rows;
    }

    public List<HoursRow> getDeclining() {
        return declining;
    }

    public List<HoursRow> getSelected() {
        return selected;
    }

    public void setSelected(List<HoursRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    /** What the totals add up to, for the table's last row; computed once per search. */
    public Sum getSum() {
        if (sum == null) {
            sum = hours.sumTotals(unitId(), by, from, to);
        }
        return sum;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public TotalsBy getBy() {
        return by;
    }

    public void setBy(TotalsBy by) {
        this.by = by;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public PagedList<TotalRow> getTotals() {
        return totals;
    }

    /** Computed when its tab is first shown: summing a year of a large subtree's hours costs more than the queue. */
    public MonthlyHours getMonthly() {
        if (monthly == null) {
            monthly = hours.monthly(unitId(), Beijing.today().getYear());
        }
        return monthly;
    }
}
