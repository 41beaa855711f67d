// Longer than 300 lines on purpose: one case file's page holds every step its team takes (identity, assessment, plan, approval, moves, team), each a small action with its dialog's fields.
package org.jinguo.childcare.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.childcare.model.CaseMove;
import org.jinguo.childcare.model.ClosureReason;
import org.jinguo.childcare.model.Deliverer;
import org.jinguo.childcare.model.TeamRole;
import org.jinguo.childcare.service.AssessmentForm;
import org.jinguo.childcare.service.CaseService;
import org.jinguo.childcare.service.CaseService.CaseView;
import org.jinguo.childcare.service.CaseService.IdentityView;
import org.jinguo.childcare.service.PlanForm;
import org.jinguo.childcare.service.TeamDirectory;
import org.jinguo.childcare.service.TestForm;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.web.UiActions;

/**
 * A child's case file (个案档案), under her pseudonym: the identity only after "show identity" with a reason; the
 * assessment, the plans and their approval, the moves the user may make now (a reason asked for in a dialog where one
 * is needed), the team, and the timeline. Counselling is {@link CounsellingBean}'s part of the page.
 */
@Named
@ViewScoped
public class CaseBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseService cases;

    private String id;
    private CaseView file;
    private IdentityView identity;
    private String identityReason;
    private AssessmentForm assessment;
    private PlanForm plan;
    private CaseMove pending;
    private String reason;
    private ClosureReason closureReason;
    private TeamRole memberRole = TeamRole.COUNSELLOR;
    private Long memberId;
    private List<TeamDirectory.Member> candidates = List.of();

    public void load() throws IOException {
        UiActions.load(this::reload);
    }

    void reload() {
        file = cases.view(Long.parseLong(id));
        candidates = file.supervises() ? cases.candidates(file.id(), memberRole) : List.of();
    }

    public long caseId() {
        return file.id();
    }

    /** Shows the identity for the reason given; the display and its reason go to the audit trail. */
    public void showIdentity() {
        IdentityView shown = UiActions.attempt("identityForm", () -> cases.showIdentity(file.id(), identityReason));
        if (shown != null) {
            identity = shown;
            identityReason = null;
        }
    }

    public void hideIdentity() {
        identity = null;
    }

    public void openAssessment() {
        assessment = UiActions.attempt("assessmentForm", () -> cases.assessmentForm(file.id()));
    }

    public void addTest() {
        if (assessment != null && assessment.getTests().size() < 6) {
            assessment.getTests().add(new TestForm());
        }
    }

    public void saveAssessment() {
        Boolean done = UiActions.attempt("assessmentForm", () -> {
            assessment.setVersion(file.version());
            cases.assess(assessment);
            UiActions.info("case.assessed", file.pseudonym());
            return Boolean.TRUE;
        });
        if (done != null) {
            reload();
        }
    }

    public void openPlan() {
        plan = new PlanForm();
        plan.setCaseId(file.id());
        plan.setDeliverer(Deliverer.COUNSELLOR);
        plan.setReviewOn(Beijing.today().plusMonths(3));
        CaseService.PlanRow last = file.plans().isEmpty() ? null : file.plans().get(0);
        if (last != null) { // a revision starts from the latest plan
            plan.setGoals(last.goals());
            plan.setServices(last.services());
            plan.setDeliverer(last.deliverer());
            plan.setDelivererName(last.delivererName());
            plan.setFrequency(last.frequency());
        }
    }

    public void submitPlan() {
        Boolean done = UiActions.attempt("planForm", () -> {
            plan.setVersion(file.version());
            cases.submitPlan(plan);
            UiActions.info("case.planSubmitted", file.pseudonym());
            return Boolean.TRUE;
        });
        if (done != null) {
            reload();
        }
    }

    /** The supervisor approves the submitted plan. */
    public void approvePlan() {
        UiActions.attempt("caseForm", () -> {
            cases.decidePlan(file.id(), true, null, file.version());
            UiActions.info("case.moved.APPROVE_PLAN", file.pseudonym());
        });
        reload();
    }

    /** A move without a reason (start a review, keep the plan, approve closure): made at once. */
    public void act(String move) {
        CaseMove chosen = CaseMove.valueOf(move);
        if (chosen.reasonRequired()) {
            return;
        }
        UiActions.attempt("caseForm", () -> {
            cases.move(file.id(), chosen, null, null, file.version());
            UiActions.info("case.moved." + chosen, file.pseudonym());
        });
        reload();
    }

    /** Opens the reason dialog for a move that needs one (return the plan, ask for or refuse closure). */
    public void ask(String move) {
        pending = CaseMove.valueOf(move);
        reason = null;
        closureReason = null;
    }

    public void confirm() {
        if (pending == null) {
            UiActions.nothingChosen();
            return;
        }
        CaseMove move = pending;
        Boolean done = UiActions.attempt("reasonForm", () -> {
            if (move == CaseMove.RETURN_PLAN) {
                cases.decidePlan(file.id(), false, reason, file.version());
            } else {
                cases.move(file.id(), move, closureReason, reason, file.version());
            }
            UiActions.info("case.moved." + move, file.pseudonym());
            return Boolean.TRUE;
        });
        if (done != null) {
            pending = null;
            reload();
        }
    }

    public void roleChosen() {
        memberId = null;
        candidates = UiActions.attempt("teamForm", () -> cases.candidates(file.id(), memberRole));
        if (candidates == null) {
            candidates = List.of();
        }
    }

    public void addMember() {
        if (memberId == null) {
            UiActions.nothingChosen();
            return;
        }
        UiActions.attempt("teamForm", () -> {
            cases.addMember(file.id(), memberId, memberRole, file.version());
            UiActions.info("case.team.added");
        });
        memberId = null;
        reload();
        roleChosen();
    }

    public void removeMember(long userId) {
        UiActions.attempt("teamForm", () -> {
            cases.removeMember(file.id(), userId, file.version());
            UiActions.info("case.team.removed");
        });
        reload();
    }

    public LocalDate getToday() {
        return Beijing.today();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CaseView getFile() {
        return file;
    }

    public IdentityView getIdentity() {
        return identity;
    }

    public String getIdentityReason() {
        return identityReason;
    }

    public void setIdentityReason(String identityReason) {
        this.identityReason = identityReason;
    }

    public AssessmentForm getAssessment() {
        return assessment;
    }

    public PlanForm getPlan() {
        return plan;
    }

    public CaseMove getPending() {
        return pending;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ClosureReason getClosureReason() {
        return closureReason;
    }

    public void setClosureReason(ClosureReason closureReason) {
        this.closureReason = closureReason;
    }

    public TeamRole getMemberRole() {
        return memberRole;
    }

    public void setMemberRole(TeamRole memberRole) {
        this.memberRole = memberRole;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public List<TeamDirectory.Member> getCandidates() {
        return candidates;
    }
}
