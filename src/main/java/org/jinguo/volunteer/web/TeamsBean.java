package org.jinguo.volunteer.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.OrgUnitService;
import org.jinguo.unit.service.UnitRow;
import org.jinguo.volunteer.service.Certificate;
import org.jinguo.volunteer.service.TeamForm;
import org.jinguo.volunteer.service.TeamService.TeamRow;
import org.jinguo.volunteer.service.TeamService;

/** Volunteer teams (志愿服务队): filter by name and unit, sort, export, and found a new one. */
@Named
@ViewScoped
public class TeamsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_PAGE = 1000;

    @Inject
    TeamService teams;

    @Inject
    OrgUnitService units;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail auditTrail;

    private String text;
    private UnitRow under;
    private PagedList<TeamRow> rows;
    private TeamForm form = new TeamForm();
    private UnitRow formUnit;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max, sorting) -> teams.list(underId(), text, first, max, sorting),
                () -> teams.count(underId(), text), row -> String.valueOf(row.id()));
    }

    private Long underId() {
        return under == null ? null : under.id();
    }

    public void clear() {
        text = null;
        under = null;
    }

    public String create() {
        form.setUnitId(formUnit == null ? currentCaller.require().unitId() : formUnit.id());
        return UiActions.attempt("teamForm", () -> {
            long id = teams.create(form);
            UiActions.info("team.created", form.getName());
            return "/volunteer/team?faces-redirect=true&id=" + id;
        });
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public void export() throws IOException {
        List<String> headers = List.of(Texts.get("team.name"), Texts.get("volunteer.unit"), Texts.get("activity.line"),
                Texts.get("team.leader"), Texts.get("team.members"), Texts.get("hours.total"), Texts.get("team.filedWith"),
                Texts.get("team.filedOn"));
        Downloads.xlsx(Texts.get("teams.title"), headers, sheet -> {
            Downloads.eachRow((first, max) -> teams.list(underId(), text, first, max, Sorting.NONE), EXPORT_PAGE,
                    row -> sheet.row(row.name(), row.unitName(), Texts.get("serviceLine." + row.line()), row.leaderName(),
                            row.members(), Certificate.hoursNumber(row.approvedMinutes()), row.filedWith(), row.filedOn()));
            return sheet.dataRows();
        }, count -> auditTrail.exported("Team", count, "text=" + (text == null ? "" : text.strip()) + " under=" + underId()));
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UnitRow getUnder() {
        return under;
    }

    public void setUnder(UnitRow under) {
        this.under = under;
    }

    public PagedList<TeamRow> getRows() {
        return rows;
    }

    public TeamForm getForm() {
        return form;
    }

    public UnitRow getFormUnit() {
        return formUnit;
    }

    public void setFormUnit(UnitRow formUnit) {
        this.formUnit = formUnit;
    }
}
