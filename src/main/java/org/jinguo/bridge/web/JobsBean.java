package org.jinguo.bridge.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.jinguo.bridge.model.SeekerStatus;
import org.jinguo.bridge.service.EmployerForm;
import org.jinguo.bridge.service.JobBoard;
import org.jinguo.bridge.service.JobBoard.Street;
import org.jinguo.bridge.service.JobService;
import org.jinguo.bridge.service.JobService.EmployerChoice;
import org.jinguo.bridge.service.JobService.JobFigures;
import org.jinguo.bridge.service.JobService.PositionRow;
import org.jinguo.bridge.service.JobService.SeekerRow;
import org.jinguo.bridge.service.PositionForm;
import org.jinguo.bridge.service.SeekerForm;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/**
 * The job platform (就业供需平台): the positions posted in the user's reach and the women looking for work, each list
 * filtered, paged and exported; employers, positions and seekers entered in dialogs; the figures.
 */
@Named
@ViewScoped
public class JobsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static SheetColumns<PositionRow> positionColumns() {
        return SheetColumns.of(PositionRow.class)
            .column("position.title", PositionRow::title)
            .column("position.employer", PositionRow::employerName)
            .column("position.place", PositionRow::place)
            .column("position.street", PositionRow::streetName)
            .column("position.hours", PositionRow::hours)
            .column("position.payFrom", PositionRow::payFrom)
            .column("position.payTo", PositionRow::payTo)
            .column("position.headcount", PositionRow::headcount)
            .column("position.placed", PositionRow::placed)
            .column("position.openUntil", PositionRow::openUntil)
            .column("order.unit", PositionRow::unitName);
    }

    static SheetColumns<SeekerRow> seekerColumns() {
        return SheetColumns.of(SeekerRow.class)
            .column("person.name", SeekerRow::name)
            .column("order.unit", SeekerRow::unitName)
            .column("seeker.skills", r -> r.skills().stream().map(s -> Texts.get("jobSkill." + s)).sorted()
                    .collect(Collectors.joining("、")))
            .column("seeker.wishes", SeekerRow::wishes)
            .column("seeker.wantedPay", SeekerRow::wantedPay)
            .column("seeker.status", SeekerRow::status)
            .column("seeker.registeredOn", SeekerRow::registeredOn)
            .column("seeker.training", r -> String.join("、", r.training()));
    }

    @Inject
    JobService jobs;
    @Inject
    JobBoard board;
    @Inject
    PersonService people;
    @Inject
    UnitDirectory units;
    @Inject
    AuditTrail auditTrail;
    @Inject
    CurrentCaller currentCaller;

    private String positionText;
    private boolean openOnly = true;
    private String seekerText;
    private SeekerStatus seekerStatus;
    private PagedList<PositionRow> positions;
    private PagedList<SeekerRow> seekers;
    private JobFigures figures;
    private EmployerForm employerForm = new EmployerForm();
    private UnitRow employerUnit;
    private PositionForm positionForm = new PositionForm();
    private SeekerForm seekerForm = new SeekerForm();
    private PersonRow seekerPerson;
    private List<EmployerChoice> employers;
    private List<Street> streets;

    @PostConstruct
    void init() {
        positions = new PagedList<>((first, max) -> jobs.positions(positionText, openOnly, first, max),
                () -> jobs.countPositions(positionText, openOnly), row -> String.valueOf(row.id()));
        seekers = new PagedList<>((first, max) -> jobs.seekers(seekerText, seekerStatus, first, max),
                () -> jobs.countSeekers(seekerText, seekerStatus), row -> String.valueOf(row.id()));
    }

    public void exportPositions() throws IOException {
        Downloads.xlsx(Texts.get("jobs.positions"), positionColumns(), (first, max) -> jobs.positions(positionText, openOnly, first, max),
                count -> auditTrail.exported("Position", count, "text=" + (positionText == null ? "" : positionText.strip())
                        + " open=" + openOnly));
    }

    public void exportSeekers() throws IOException {
        Downloads.xlsx(Texts.get("jobs.seekers"), seekerColumns(), (first, max) -> jobs.seekers(seekerText, seekerStatus, first, max),
                count -> auditTrail.exported("Seeker", count, "text=" + (seekerText == null ? "" : seekerText.strip())
                        + " status=" + seekerStatus));
    }

    public void newEmployer() {
        employerForm = new EmployerForm();
        employerUnit = null;
    }

    public void saveEmployer() {
        employerForm.setUnitId(employerUnit == null ? currentCaller.require().unitId() : employerUnit.id());
        UiActions.attempt("employerForm", () -> {
            jobs.saveEmployer(employerForm);
            UiActions.info("employer.saved", employerForm.getName());
            employers = null;
        });
    }

    public void newPosition() {
        positionForm = new PositionForm();
    }

    public void savePosition() {
        UiActions.attempt("positionForm", () -> {
            jobs.savePosition(positionForm);
            UiActions.info("position.saved", positionForm.getTitle());
            figures = null;
        });
    }

    public void newSeeker() {
        seekerForm = new SeekerForm();
        seekerPerson = null;
    }

    public void saveSeeker() {
        seekerForm.setPersonId(seekerPerson == null ? null : seekerPerson.id());
        UiActions.attempt("seekerForm", () -> {
            jobs.registerSeeker(seekerForm);
            UiActions.info("seeker.registered", seekerPerson.name());
            figures = null;
        });
    }

    public List<PersonRow> completePerson(String query) {
        return people.candidates(query);
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public JobFigures getFigures() {
        if (figures == null) {
            figures = jobs.figures();
        }
        return figures;
    }

    public List<EmployerChoice> getEmployers() {
        if (employers == null) {
            employers = jobs.employers();
        }
        return employers;
    }

    public List<Street> getStreets() {
        if (streets == null) {
            streets = board.streets();
        }
        return streets;
    }

    public String getPositionText() {
        return positionText;
    }

    public void setPositionText(String positionText) {
        this.positionText = positionText;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public String getSeekerText() {
        return seekerText;
    }

    public void setSeekerText(String seekerText) {
        this.seekerText = seekerText;
    }

    public SeekerStatus getSeekerStatus() {
        return seekerStatus;
    }

    public void setSeekerStatus(SeekerStatus seekerStatus) {
        this.seekerStatus = seekerStatus;
    }

    public PagedList<PositionRow> getPositions() {
        return positions;
    }

    public PagedList<SeekerRow> getSeekers() {
        return seekers;
    }

    public EmployerForm getEmployerForm() {
        return employerForm;
    }

    public UnitRow getEmployerUnit() {
        return employerUnit;
    }

    public void setEmployerUnit(UnitRow employerUnit) {
        this.employerUnit = employerUnit;
    }

    public PositionForm getPositionForm() {
        return positionForm;
    }

    public SeekerForm getSeekerForm() {
        return seekerForm;
    }

    public PersonRow getSeekerPerson() {
        return seekerPerson;
    }

    public void setSeekerPerson(PersonRow seekerPerson) {
        this.seekerPerson = seekerPerson;
    }
}
