package org.jinguo.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.organisation.service.Coverage;
import org.jinguo.organisation.service.CoverageService;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;

/** Work and organisation coverage of a unit and everything below it, against the goals, with the gaps. */
@Named
@ViewScoped
public class CoverageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoverageService coverageService;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentCaller currentCaller;

    /** The view parameter as typed in the address; anything but a number answers 404. */
    private String unit;
    private Coverage coverage;

    /** View action. */
    public void load() throws IOException {
        if (coverage == null) {
            UiActions.load(() -> coverage = coverageService.coverage(UiActions.idOr(unit, () -> currentCaller.require().unitId())));
        }
    }

    /** Both lists of gaps in one spreadsheet, one row per area and gap; audited. */
    public void exportGaps() throws IOException {
        List<String> headers = List.of(Texts.get("coverage.gap"), Texts.get("unit.name"), Texts.get("unit.type"),
                Texts.get("unit.parent"));
        Downloads.xlsx(Texts.get("coverage.title") + " " + coverage.unitName(), headers, sheet -> {
            coverage.organisationGaps().forEach(u -> sheet.row(Texts.get("coverage.organisationGaps"), u.name(),
                    Texts.get("unitType." + u.type()), u.parentName()));
            coverage.workGaps().forEach(u -> sheet.row(Texts.get("coverage.workGaps"), u.name(),
                    Texts.get("unitType." + u.type()), u.parentName()));
            return sheet.dataRows();
        }, count -> auditTrail.exported("Coverage", count, "gaps under " + unit));
    }

    public double getWorkGoal() {
        return Coverage.WORK_GOAL;
    }

    public double getOrganisationGoal() {
        return Coverage.ORGANISATION_GOAL;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Coverage getCoverage() {
        return coverage;
    }
}
