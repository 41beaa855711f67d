package org.jinguo.volunteer.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.service.ActivityForm;
import org.jinguo.volunteer.service.ActivityService.ActivityFilter;
import org.jinguo.volunteer.service.ActivityService.ActivityRow;
import org.jinguo.volunteer.service.ActivityService;
import org.jinguo.volunteer.service.TeamService;

/** Volunteer activities (志愿服务活动): filter, sort, export, and plan a new one or a weekly series. */
@Named
@ViewScoped
public class ActivitiesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The activities as a spreadsheet shows them. */
    static final SheetColumns<ActivityRow> COLUMNS = SheetColumns.of(ActivityRow.class)
            .column("activity.title", ActivityRow::title)
            .column("activity.unit", ActivityRow::unitName)
            .column("activity.team", ActivityRow::teamName)
            .column("activity.line", ActivityRow::line)
            .column("activity.place", ActivityRow::place)
            .column("activity.heldOn", ActivityRow::heldOn)
            .column("activity.time", row -> row.startsAt() + "-" + row.endsAt())
            .column("activity.needed", row -> row.minNeeded() + "-" + row.maxNeeded())
            .column("activity.confirmed", ActivityRow::confirmed)
            .column("activity.waiting", ActivityRow::waiting);

    @Inject
    ActivityService activities;

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
    private ServiceLine line;
    private LocalDate from = Beijing.today();
    private LocalDate to;
    private boolean withCancelled;
    private PagedList<ActivityRow> rows;

    private ActivityForm form;
    private UnitRow formUnit;
    private List<TeamService.TeamChoice> formTeams;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max, sorting) -> activities.list(filter(), first, max, sorting),
                () -> activities.count(filter()), row -> String.valueOf(row.id()));
        newForm();
    }

    private ActivityFilter filter() {
        return new ActivityFilter(text, under == null ? null : under.id(), line, from, to, withCancelled);
    }

    public void clear() {
        text = null;
        under = null;
        line = null;
        from = null;
        to = null;
        withCancelled = false;
    }

    public void newForm() {
        form = new ActivityForm();
        form.setHeldOn(Beijing.today().plusDays(7));
        form.setStartsAt(LocalTime.of(9, 0));
        form.setEndsAt(LocalTime.of(11, 30));
        formUnit = null;
        unitChosen();
    }

    /** The teams of the unit chosen for the new activity (the user's own unit until she picks one). */
    public void unitChosen() {
        formTeams = teams.ofUnit(formUnit == null ? currentCaller.require().unitId() : formUnit.id());
    }

    public String create() {
        form.setUnitId(formUnit == null ? currentCaller.require().unitId() : formUnit.id());
        return UiActions.attempt("activityForm", () -> {
            List<Long> ids = activities.create(form);
            UiActions.info("activity.created", ids.size());
            return "/volunteer/activity?faces-redirect=true&id=" + ids.get(0);
        });
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public List<TeamService.TeamChoice> getTeams() {
        return formTeams;
    }

    /** The filtered list as a spreadsheet; the export is audited. */
    public void export() throws IOException {
        ActivityFilter filter = filter();
        Downloads.xlsx(Texts.get("activities.title"), COLUMNS,
                (first, max) -> activities.list(filter, first, max, Sorting.NONE),
                count -> auditTrail.exported("Activity", count, filter.describe()));
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

    public ServiceLine getLine() {
        return line;
    }

    public void setLine(ServiceLine line) {
        this.line = line;
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

    public boolean isWithCancelled() {
        return withCancelled;
    }

    public void setWithCancelled(boolean withCancelled) {
        this.withCancelled = withCancelled;
    }

    public PagedList<ActivityRow> getRows() {
        return rows;
    }

    public ActivityForm getForm() {
        return form;
    }

    public UnitRow getFormUnit() {
        return formUnit;
    }

    public void setFormUnit(UnitRow formUnit) {
        this.formUnit = formUnit;
    }
}
