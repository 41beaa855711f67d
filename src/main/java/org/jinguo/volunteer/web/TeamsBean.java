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
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
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

    /** The teams as a spreadsheet shows them, hours as numbers that add up. */
    static final SheetColumns<TeamRow> COLUMNS = SheetColumns.of(TeamRow.class)
            .column("team.name", TeamRow::name)
            .column("volunteer.unit", TeamRow::unitName)
            .column("activity.line", TeamRow::line)
            .column("team.leader", TeamRow::leaderName)
            .column("team.members", TeamRow::members)
            .column("hours.total", row -> Certificate.hoursNumber(row.approvedMinutes()))
            .column("team.filedWith", TeamRow::filedWith)
            .column("team.filedOn", TeamRow::filedOn);

    @Inject
    TeamService teams;

    @Inject
    UnitDirectory units;

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
        Downloads.xlsx(Texts.get("teams.title"), COLUMNS, (first, max) -> teams.list(underId(), text, first, max, Sorting.NONE),
                count -> auditTrail.exported("Team", count, "text=" + (text == null ? "" : text.strip()) + " under=" + underId()));
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
