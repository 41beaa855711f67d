// Longer than 300 lines on purpose: one case file as its team works it (opening it, showing the identity, the assessment, the plans and their approval, the moves and the team), each step behind the same access check and audit.
package org.jinguo.childcare.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jinguo.childcare.model.IntakeAssessment;
import org.jinguo.childcare.model.CarePlan;
import org.jinguo.childcare.model.CaseActor;
import org.jinguo.childcare.model.CaseEvent;
import org.jinguo.childcare.model.CaseMove;
import org.jinguo.childcare.model.CaseStatus;
import org.jinguo.childcare.model.ChildCase;
import org.jinguo.childcare.model.ChildCategory;
import org.jinguo.childcare.model.ChildIdentity;
import org.jinguo.childcare.model.ClosureReason;
import org.jinguo.childcare.model.Deliverer;
import org.jinguo.childcare.model.GuardianRelation;
import org.jinguo.childcare.model.PlanStatus;
import org.jinguo.childcare.model.PsychTest;
import org.jinguo.childcare.model.RiskLevel;
import org.jinguo.childcare.model.TeamMember;
import org.jinguo.childcare.model.TeamRole;
import org.jinguo.childcare.service.CaseAccess.Opened;
import org.jinguo.person.model.Gender;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.ConcurrentChangeException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.sensitive.FieldCipher;

/**
 * One child's case file as its team works it. Every opening of a file is written to the audit trail; the child's
 * identity is shown only by {@link #showIdentity}, to her caseworkers and supervisor, with a reason that is audited
 * too. The moves of the lifecycle are checked by {@link CaseMove} against who the caller is to the case
 * ({@link CaseAccess}); a plan goes live only by the supervisor's approval.
 */
@Stateless
@ScopedToCaller
public class CaseService {

    static final String CASE = "ChildCase";
    /** Months from a review kept as it was, or from a closure, to the next review or the follow-up visit. */
    static final int REVIEW_MONTHS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    CareNotices notices;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    FieldCipher cipher;

    @Inject
    AuditTrail auditTrail;

    @Inject
    TeamDirectory directory;

    /** A member of the team as the file shows her. */
    public record MemberRow(long userId, String name, TeamRole role) implements Serializable {
    }

    /** The assessment as the file shows it. */
    public record AssessmentView(LocalDate assessedOn, String assessedBy, String familySituation, BigDecimal householdIncome,
                                 String incomeSources, String livingConditions, String health, String schooling,
                                 RiskLevel risk, List<TestForm> tests) implements Serializable {
    }

    /** A plan as the file shows it. */
    public record PlanRow(long id, int seq, String goals, String services, Deliverer deliverer, String delivererName,
                          String frequency, LocalDate reviewOn, PlanStatus status, Instant submittedAt, String submittedBy,
                          Instant decidedAt, String decidedBy, String comments) implements Serializable {
    }

    /** A line of the timeline. */
    public record EventRow(Instant at, CaseMove move, CaseStatus to, String actor, String reason) implements Serializable {
    }

    /**
     * A case file: under the pseudonym; the identity only through {@link #showIdentity}. A counsellor's view leaves
     * out the assessment, the qualifying facts and the timeline's reasons.
     */
    public record CaseView(long id, long version, String caseNo, String pseudonym, Gender gender, ChildCategory category,
                           String qualifyingFacts, String referredBy, LocalDate registeredOn, long unitId, String unitName,
                           CaseStatus status, RiskLevel risk, int age, LocalDate assessmentDue, LocalDate reviewDue,
                           LocalDate followupDue, ClosureReason closureReason, LocalDate closedOn, CaseAccess access,
                           List<MemberRow> team, AssessmentView assessment, List<PlanRow> plans, List<EventRow> timeline,
                           Set<CaseMove> moves) implements Serializable {

        public boolean can(String move) {
            return moves.contains(CaseMove.valueOf(move));
        }

        public boolean seesFile() {
            return access.seesFile();
        }

        public boolean supervises() {
            return access == CaseAccess.SUPERVISOR;
        }

        public PlanRow planInForce() {
            return plans.stream().filter(p -> p.status() == PlanStatus.APPROVED).findFirst().orElse(null);
        }

        public PlanRow planSubmitted() {
            return plans.stream().filter(p -> p.status() == PlanStatus.SUBMITTED).findFirst().orElse(null);
        }
    }

    /** Her identity as {@link #showIdentity} shows it. */
    public record IdentityView(String name, String idCard, LocalDate birthDate, int age, String address, String school,
                               List<GuardianRow> guardians) implements Serializable {
    }

    /** A guardian as the identity shows her. */
    public record GuardianRow(GuardianRelation relation, String name, String phone) implements Serializable {
    }

    /** Opens a case file; the opening is audited. */
    public CaseView view(long caseId) {
        Caller caller = currentCaller.require();
        Opened opened = CaseAccess.open(em, caller, caseId);
        ChildCase c = opened.childCase();
        auditTrail.recordRead(CASE, c.getId(), c.getUnitPath());
        boolean file = opened.access().seesFile();
        Map<Long, String> names = directory.names(c.getTeam().stream().map(TeamMember::userId).toList());
        List<MemberRow> team = c.getTeam().stream().map(m -> new MemberRow(m.userId(), names.getOrDefault(m.userId(), ""),
                m.role())).sorted((a, b) -> a.role().compareTo(b.role())).toList();
        List<PlanRow> plans = em.createQuery("SELECT p FROM CarePlan p WHERE p.caseId = :c ORDER BY p.seq DESC", CarePlan.class)
                .setParameter("c", c.getId()).getResultList().stream().map(CaseService::planRow).toList();
        List<EventRow> timeline = em.createQuery("SELECT e FROM CaseEvent e WHERE e.childCase = :c ORDER BY e.happenedAt, e.id",
                        CaseEvent.class).setParameter("c", c).getResultList().stream()
                .map(e -> new EventRow(e.getHappenedAt(), e.getMove(), e.getToStatus(), e.getActor(),
                        file ? e.getReason() : null)).toList();
        return new CaseView(c.getId(), c.getVersion(), c.getCaseNo(), c.getPseudonym(), c.getGender(), c.getCategory(),
                file ? c.getQualifyingFacts() : null, file ? c.getReferredBy() : null, c.getRegisteredOn(), c.getUnit().getId(),
                c.getUnit().getName(), c.getStatus(), c.getRisk(), age(c.getId()), c.getAssessmentDue(), c.getReviewDue(),
                c.getFollowupDue(), c.getClosureReason(), c.getClosedOn(), opened.access(), team,
                file ? assessment(c.getId()) : null, plans, timeline, moves(opened));
    }

    /** Her age in years today, from the encrypted birth date (age is no identity; the date is). */
    private int age(long caseId) {
        ChildIdentity identity = em.find(ChildIdentity.class, caseId);
        return identity == null ? 0 : Period.between(LocalDate.parse(cipher.decrypt(identity.getBirthDateCipher())),
                Beijing.today()).getYears();
    }

    private static Set<CaseMove> moves(Opened opened) {
        CaseActor actor = switch (opened.access()) {
            case SUPERVISOR -> CaseActor.SUPERVISOR;
            case CASEWORKER -> CaseActor.CASEWORKER;
            case COUNSELLOR -> null;
        };
        Set<CaseMove> moves = EnumSet.noneOf(CaseMove.class);
        for (CaseMove move : CaseMove.from(opened.childCase().getStatus())) {
            if (move.actor() == actor) {
                moves.add(move);
            }
        }
        return moves;
    }

    /**
     * The child's identity, to her caseworker or her supervisor, for a reason that is written to the audit trail with
     * the display; without a reason nothing is shown.
     */
    public IdentityView showIdentity(long caseId, @NotBlank(message = "{jinguo.required}") @Size(max = 200,
            message = "{jinguo.size.max}") String reason) {
        Caller caller = currentCaller.require();
        Opened opened = CaseAccess.openFile(em, caller, caseId);
        ChildCase c = opened.childCase();
        ChildIdentity identity = em.find(ChildIdentity.class, c.getId());
        if (identity == null) {
            throw new RecordNotFoundException();
        }
        auditTrail.sensitiveShown(CASE, c.getId(), c.getUnitPath(), "IDENTITY\nreason: " + reason.strip().replace('\n', ' '));
        LocalDate born = LocalDate.parse(cipher.decrypt(identity.getBirthDateCipher()));
        String idCard = cipher.decrypt(identity.getIdCardCipher());
        return new IdentityView(cipher.decrypt(identity.getNameCipher()), idCard, born,
                Period.between(born, Beijing.today()).getYears(), cipher.decrypt(identity.getAddressCipher()),
                cipher.decrypt(identity.getSchoolCipher()), identity.getGuardians().stream()
                .map(g -> new GuardianRow(g.relation(), cipher.decrypt(g.nameCipher()), cipher.decrypt(g.phoneCipher())))
                .toList());
    }

    /** Records (or, at a review, updates) the intake assessment; the first one moves the case to assessed. */
    public void assess(@NotNull @Valid AssessmentForm form) {
        Caller caller = currentCaller.require();
        ChildCase c = lockedForWork(caller, form.getCaseId(), form.getVersion(), CaseActor.CASEWORKER);
        if (c.getStatus() != CaseStatus.REGISTERED && c.getStatus() != CaseStatus.UNDER_REVIEW) {
            throw new BusinessRuleException("case.move.notAllowed", null);
        }
        IntakeAssessment a = em.createQuery("SELECT a FROM IntakeAssessment a WHERE a.caseId = :c", IntakeAssessment.class)
                .setParameter("c", c.getId()).getResultStream().findFirst().orElse(null);
        if (a == null) {
            a = new IntakeAssessment(c.getId());
            em.persist(a);
        }
        a.setAssessedOn(form.getAssessedOn());
        a.setAssessedBy(caller.username());
        a.setFamilySituation(form.getFamilySituation().strip());
        a.setHouseholdIncome(form.getHouseholdIncome());
        a.setIncomeSources(blankToNull(form.getIncomeSources()));
        a.setLivingConditions(blankToNull(form.getLivingConditions()));
        a.setHealth(blankToNull(form.getHealth()));
        a.setSchooling(blankToNull(form.getSchooling()));
        a.setRisk(form.getRisk());
        for (TestForm t : form.getTests()) {
            if (!t.isBlank() && (t.getTakenOn() == null || blankToNull(t.getScores()) == null)) {
                throw new BusinessRuleException("case.test.incomplete", "tests");
            }
        }
        a.setTests(form.getTests().stream().filter(t -> !t.isBlank()).map(t -> new PsychTest(t.getInstrument().strip(),
                t.getTakenOn(), t.getScores().strip(), blankToNull(t.getInterpretation()))).toList());
        c.setRisk(form.getRisk());
        if (c.getStatus() == CaseStatus.REGISTERED) {
            em.persist(c.move(CaseMove.ASSESS, caller.username(), null));
            c.setAssessmentDue(null);
        }
        em.flush();
    }

    /** The assessment form, filled from the one recorded (or empty for the first). */
    public AssessmentForm assessmentForm(long caseId) {
        Caller caller = currentCaller.require();
        Opened opened = CaseAccess.openFile(em, caller, caseId);
        AssessmentForm form = new AssessmentForm();
        form.setCaseId(caseId);
        form.setVersion(opened.childCase().getVersion());
        form.setAssessedOn(Beijing.today());
        AssessmentView a = assessment(caseId);
        if (a != null) {
            form.setFamilySituation(a.familySituation());
            form.setHouseholdIncome(a.householdIncome());
            form.setIncomeSources(a.incomeSources());
            form.setLivingConditions(a.livingConditions());
            form.setHealth(a.health());
            form.setSchooling(a.schooling());
            form.setRisk(a.risk());
            List<TestForm> tests = new ArrayList<>(a.tests());
            tests.add(new TestForm());
            form.setTests(tests);
        }
        return form;
    }

    private AssessmentView assessment(long caseId) {
        return em.createQuery("SELECT a FROM IntakeAssessment a WHERE a.caseId = :c", IntakeAssessment.class).setParameter("c", caseId)
                .getResultStream().findFirst().map(a -> new AssessmentView(a.getAssessedOn(), a.getAssessedBy(),
                        a.getFamilySituation(), a.getHouseholdIncome(), a.getIncomeSources(), a.getLivingConditions(),
                        a.getHealth(), a.getSchooling(), a.getRisk(), a.getTests().stream().map(t -> new TestForm(
                        t.instrument(), t.takenOn(), t.scores(), t.interpretation())).toList())).orElse(null);
    }

    /** Submits a plan (the first, one revised after it was returned, or one revised at a review) for approval. */
    public long submitPlan(@NotNull @Valid PlanForm form) {
        Caller caller = currentCaller.require();
        ChildCase c = lockedForWork(caller, form.getCaseId(), form.getVersion(), CaseActor.CASEWORKER);
        if (!form.getReviewOn().isAfter(Beijing.today())) {
            throw new BusinessRuleException("case.plan.reviewPast", "reviewOn");
        }
        em.persist(c.move(CaseMove.SUBMIT_PLAN, caller.username(), null));
        int seq = em.createQuery("SELECT COALESCE(MAX(p.seq), 0) FROM CarePlan p WHERE p.caseId = :c", Integer.class)
                .setParameter("c", c.getId()).getSingleResult() + 1;
        CarePlan plan = new CarePlan(c.getId(), seq, caller.username());
        plan.setGoals(form.getGoals().strip());
        plan.setServices(form.getServices().strip());
        plan.setDeliverer(form.getDeliverer());
        plan.setDelivererName(blankToNull(form.getDelivererName()));
        plan.setFrequency(form.getFrequency().strip());
        plan.setReviewOn(form.getReviewOn());
        em.persist(plan);
        em.flush();
        return plan.getId();
    }

    /**
     * The supervisor approves the submitted plan (it goes live, the plan it replaces is superseded) or returns it
     * with her comments.
     */
    public void decidePlan(long caseId, boolean approve, String comments, long version) {
        Caller caller = currentCaller.require();
        ChildCase c = lockedForWork(caller, caseId, version, CaseActor.SUPERVISOR);
        CarePlan submitted = em.createQuery("SELECT p FROM CarePlan p WHERE p.caseId = :c AND p.status = :s", CarePlan.class)
                .setParameter("c", c.getId()).setParameter("s", PlanStatus.SUBMITTED).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessRuleException("case.move.notAllowed", null));
        em.persist(c.move(approve ? CaseMove.APPROVE_PLAN : CaseMove.RETURN_PLAN, caller.username(), blankToNull(comments)));
        if (approve) {
            em.createQuery("SELECT p FROM CarePlan p WHERE p.caseId = :c AND p.status = :s", CarePlan.class)
                    .setParameter("c", c.getId()).setParameter("s", PlanStatus.APPROVED).getResultList()
                    .forEach(CarePlan::supersede);
            c.setReviewDue(submitted.getReviewOn());
        }
        submitted.decide(approve, caller.username(), blankToNull(comments));
        em.flush();
        if (!approve) {
            notices.planReturned(c);
        }
    }

    /**
     * One of the other moves: start a review, keep the plan, ask for closure (with its reason), approve or refuse
     * closure (the refusal with comments).
     */
    public void move(long caseId, @NotNull CaseMove move, ClosureReason closureReason, String reason, long version) {
        if (!EnumSet.of(CaseMove.START_REVIEW, CaseMove.KEEP_PLAN, CaseMove.REQUEST_CLOSURE, CaseMove.APPROVE_CLOSURE,
                CaseMove.REFUSE_CLOSURE).contains(move)) {
            throw new BusinessRuleException("case.move.notAllowed", null);
        }
        Caller caller = currentCaller.require();
        ChildCase c = lockedForWork(caller, caseId, version, move.actor());
        if (move == CaseMove.REQUEST_CLOSURE && closureReason == null) {
            throw new BusinessRuleException("case.closureReason.required", "closureReason");
        }
        em.persist(c.move(move, caller.username(), blankToNull(reason)));
        LocalDate today = Beijing.today();
        switch (move) {
            case REQUEST_CLOSURE -> c.setClosureReason(closureReason);
            case REFUSE_CLOSURE -> c.setClosureReason(null);
            case KEEP_PLAN -> c.setReviewDue(today.plusMonths(REVIEW_MONTHS));
            case APPROVE_CLOSURE -> {
                c.setClosedOn(today);
                c.setFollowupDue(today.plusMonths(REVIEW_MONTHS));
            }
            default -> {
            }
        }
        em.flush();
    }

    /** The supervisor puts a caseworker or counsellor on the team (one who may work a case of its unit). */
    public void addMember(long caseId, long userId, @NotNull TeamRole role, long version) {
        Caller caller = currentCaller.require();
        ChildCase c = lockedForWork(caller, caseId, version, CaseActor.SUPERVISOR);
        if (!directory.mayJoin(userId, c.getUnitPath(), role)) {
            throw new BusinessRuleException("case.team.notEligible", "member");
        }
        c.addMember(userId, role);
        em.flush();
    }

    /** The supervisor takes someone off the team; the last caseworker stays. */
    public void removeMember(long caseId, long userId, long version) {
        Caller caller = currentCaller.require();
        ChildCase c = lockedForWork(caller, caseId, version, CaseActor.SUPERVISOR);
        boolean lastCaseworker = c.roleOf(userId).orElse(null) == TeamRole.CASEWORKER
                && c.getTeam().stream().filter(m -> m.role() == TeamRole.CASEWORKER).count() == 1;
        if (lastCaseworker) {
            throw new BusinessRuleException("case.team.lastCaseworker", null);
        }
        c.removeMember(userId);
        em.flush();
    }

    /** The users who may join the case's team as {@code role}, for its supervisor. */
    public List<TeamDirectory.Member> candidates(long caseId, @NotNull TeamRole role) {
        Caller caller = currentCaller.require();
        Opened opened = CaseAccess.open(em, caller, caseId);
        if (opened.access() != CaseAccess.SUPERVISOR) {
            throw new AccessDeniedException();
        }
        Set<Long> on = new HashSet<>(opened.childCase().getTeam().stream().map(TeamMember::userId).toList());
        return directory.candidates(opened.childCase().getUnitPath(), role).stream().filter(m -> !on.contains(m.userId()))
                .toList();
    }

    /**
     * The case, locked, for a step by {@code actor}: the caller must be that to it, and the case unchanged since she
     * read it.
     */
    private ChildCase lockedForWork(Caller caller, long caseId, long version, CaseActor actor) {
        Opened opened = CaseAccess.open(em, caller, caseId);
        boolean allowed = switch (actor) {
            case SUPERVISOR -> opened.access() == CaseAccess.SUPERVISOR;
            case CASEWORKER -> opened.access() == CaseAccess.CASEWORKER;
            case SYSTEM -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException();
        }
        ChildCase c = opened.childCase();
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(c);
        if (c.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        return c;
    }

    private static PlanRow planRow(CarePlan p) {
        return new PlanRow(p.getId(), p.getSeq(), p.getGoals(), p.getServices(), p.getDeliverer(), p.getDelivererName(),
                p.getFrequency(), p.getReviewOn(), p.getStatus(), p.getSubmittedAt(), p.getSubmittedBy(), p.getDecidedAt(),
                p.getDecidedBy(), p.getComments());
    }
}
