package org.jinguo.incubation.web;

import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.incubation.model.Decision;
import org.jinguo.incubation.model.Stage;
import org.jinguo.incubation.service.AssessmentForm;
import org.jinguo.incubation.service.OrgForm;
import org.jinguo.incubation.service.OrganisationService.OrgView;
import org.jinguo.incubation.service.OrganisationService;
import org.jinguo.incubation.service.PipelineService.CriterionRow;
import org.jinguo.incubation.service.PipelineService;
import org.jinguo.incubation.service.StepForm;
import org.jinguo.incubation.service.SupportForm;
import org.jinguo.incubation.service.SupportService;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.platform.web.UploadBuffer;
import org.jinguo.volunteer.service.TeamService.TeamRow;
import org.jinguo.volunteer.service.TeamService;

/**
 * One organisation: its details and members, its timeline through the pipeline with the next moves
 * (each with date, notes, reason and documents), the admission assessment, what the base gave it, its
 * bookings (the contracts it provides are the purchase of services' part of its page).
 */
@Named
@ViewScoped
public class OrganisationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisations;
    @Inject
    PipelineService pipeline;
    @Inject
    SupportService support;
    @Inject
    PersonService people;
    @Inject
    TeamService teams;

    private String id;
    private OrgView org;
    private OrgForm form;
    private TeamRow originTeam;
    private boolean originTeamElsewhere;
    private PersonRow member;
    private List<CriterionRow> criteria;

    private Stage target;
    private StepForm step = new StepForm();
    private final UploadBuffer buffer = new UploadBuffer();
    private AssessmentForm assessment = new AssessmentForm();
    private SupportForm supportForm = new SupportForm();

    /** The page is left (or its view evicted): files uploaded but never saved are removed. */
    @PreDestroy
    void leave() {
        buffer.clear();
    }

    public void load() throws IOException {
        UiActions.load(() -> {
            org = organisations.view(Long.parseLong(id));
            reloadForms();
        });
    }

    private void reload() {
        org = organisations.view(org.row().id());
        reloadForms();
    }

    private void reloadForms() {
        form = organisations.editForm(org.row().id());
        originTeam = null;
        originTeamElsewhere = false;
        if (org.originTeamId() != null) {
            try {
                originTeam = teams.row(org.originTeamId());
            } catch (RecordNotFoundException | jakarta.ejb.EJBException notVisible) {
                originTeamElsewhere = true; // another street's team: shown by name, kept as it is
            }
        }
        criteria = pipeline.criteria().stream().filter(CriterionRow::active).toList();
    }

    public void save() {
        if (!originTeamElsewhere) {
            form.setOriginTeamId(originTeam == null ? null : originTeam.id());
        }
        UiActions.attempt("orgForm", () -> {
            organisations.update(form);
            reload();
            UiActions.info("org.saved", form.getName());
        });
    }

    /** Opens the move dialog for {@code stage}: today's date, empty notes, no documents. */
    public void prepareMove(Stage stage) {
        target = stage;
        step = new StepForm();
        step.setOn(Beijing.today());
        buffer.clear();
    }

    public void move() {
        UiActions.attempt("moveForm", () -> {
            if (target == null) {
                throw new BusinessRuleException("incubation.notAllowed", null, org.row().stage(), "-");
            }
            pipeline.advance(org.row().id(), target, step, buffer.uploads());
            buffer.clear();
            reload();
            UiActions.info("incubation.moved", org.row().name(), Texts.get("stage." + org.row().stage()));
        });
    }

    public void prepareAssessment() {
        assessment = new AssessmentForm();
        assessment.setOn(Beijing.today());
        assessment.setDecision(Decision.ADMIT);
        criteria.forEach(c -> assessment.getScores().put(c.id(), null));
    }

    public void assess() {
        UiActions.attempt("assessForm", () -> {
            pipeline.assess(org.row().id(), assessment);
            reload();
            UiActions.info("incubation.assessed", org.row().name());
        });
    }

    public void prepareSupport() {
        supportForm = new SupportForm();
        supportForm.setGivenOn(Beijing.today());
    }

    public void recordSupport() {
        supportForm.setOrgId(org.row().id());
        UiActions.attempt("supportForm", () -> {
            support.record(supportForm);
            reload();
            UiActions.info("support.recorded");
        });
    }

    public void addMember() {
        UiActions.attempt("membersForm", () -> {
            if (member == null) {
                throw new BusinessRuleException("org.member.required", "member");
            }
            organisations.addMember(org.row().id(), member.id());
            member = null;
            reload();
        });
    }

    public void removeMember(long personId) {
        UiActions.attempt("membersForm", () -> {
            organisations.removeMember(org.row().id(), personId);
            reload();
        });
    }

    public void cancelBooking(long bookingId) {
        UiActions.attempt("bookingsForm", () -> {
            support.cancelBooking(bookingId);
            reload();
        });
    }

    public List<PersonRow> completePerson(String query) {
        return people.candidates(query);
    }

    public List<TeamRow> completeTeam(String query) {
        return teams.search(query, 20);
    }

    /** The moves offered: the pipeline's, except moving in before an admitting assessment. */
    public List<Stage> getMoves() {
        return org.next().stream().filter(s -> s != Stage.MOVED_IN || org.admitted()).toList();
    }

    public boolean isAssessable() {
        return org.editable() && org.row().stage() == Stage.ASSESSMENT;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public OrgView getOrg() {
        return org;
    }

    public OrgForm getForm() {
        return form;
    }

    public TeamRow getOriginTeam() {
        return originTeam;
    }

    public void setOriginTeam(TeamRow originTeam) {
        this.originTeam = originTeam;
    }

    public boolean isOriginTeamElsewhere() {
        return originTeamElsewhere;
    }

    public String getOriginTeamName() {
        return org.row().originTeam();
    }

    public PersonRow getMember() {
        return member;
    }

    public void setMember(PersonRow member) {
        this.member = member;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public Stage getTarget() {
        return target;
    }

    public StepForm getStep() {
        return step;
    }

    public UploadBuffer getBuffer() {
        return buffer;
    }

    public AssessmentForm getAssessment() {
        return assessment;
    }

    public SupportForm getSupportForm() {
        return supportForm;
    }
}
