package org.jinguo.incubation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.incubation.model.Stage;
import org.jinguo.incubation.service.SupportService.KindTotal;
import org.jinguo.incubation.service.SupportService.Report;
import org.jinguo.incubation.service.SupportService;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/** The base's report for a period: organisations entering each stage, support given by kind, residents now; exported. */
@Named
@ViewScoped
public class ReportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportService support;
    @Inject
    UnitDirectory units;
    @Inject
    AuditTrail auditTrail;

    private UnitRow unit;
    private LocalDate from = Beijing.today().withDayOfYear(1);
    private LocalDate to = Beijing.today();
    private Report report;

    @PostConstruct
    void init() {
        report = support.report(null, from, to);
    }

    public void show() {
        UiActions.attempt("reportForm", () -> {
            report = support.report(unit == null ? null : unit.id(), from, to);
        });
    }

    public void export() throws IOException {
        Report shown = report;
        List<String> headers = List.of(Texts.get("report.item"), Texts.get("report.count"), Texts.get("support.amount"));
        Downloads.xlsx(Texts.get("report.title"), headers, sheet -> {
            sheet.row(Texts.get("report.period"), shown.from() + " – " + shown.to());
            for (Stage stage : Stage.values()) {
                sheet.row(Texts.get("report.entered", Texts.get("stage." + stage)), shown.entered().get(stage));
            }
            sheet.row(Texts.get("report.residents"), shown.residents());
            sheet.row(Texts.get("report.fromTeams"), shown.fromTeams());
            for (KindTotal kind : shown.supports()) {
                sheet.row(Texts.get("supportKind." + kind.kind()), kind.count(), kind.amount());
            }
            return sheet.dataRows();
        }, count -> auditTrail.exported("IncubationReport", count, "from=" + shown.from() + " to=" + shown.to()));
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    /** How many organisations entered the stage named {@code stage} in the period. */
    public long entered(String stage) {
        return report.entered().get(Stage.valueOf(stage));
    }

    public long getMaxEntered() {
        return report.entered().values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    public long getMaxSupports() {
        return report.supports().stream().mapToLong(KindTotal::count).max().orElse(0);
    }

    public BigDecimal getTotalAmount() {
        return report.supports().stream().map(KindTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public UnitRow getUnit() {
        return unit;
    }

    public void setUnit(UnitRow unit) {
        this.unit = unit;
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

    public Report getReport() {
        return report;
    }
}
