// Longer than 300 lines on purpose: the children's care rules on the server, one case's life per test (registration, assessment, plan, approval, counselling, identity, access, figures), each test setting up its own street and team.
package org.jinguo.childcare.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.admin.service.AccountService;
import org.jinguo.admin.service.AuditFilter;
import org.jinguo.admin.service.AuditRow;
import org.jinguo.admin.service.AuditService;
import org.jinguo.childcare.model.CaseMove;
import org.jinguo.childcare.model.CaseStatus;
import org.jinguo.childcare.model.ChildCategory;
import org.jinguo.childcare.model.ChosenBy;
import org.jinguo.childcare.model.ClosureReason;
import org.jinguo.childcare.model.Deliverer;
import org.jinguo.childcare.model.GuardianRelation;
import org.jinguo.childcare.model.PlanStatus;
import org.jinguo.childcare.model.RiskLevel;
import org.jinguo.childcare.model.SessionStatus;
import org.jinguo.childcare.model.TeamRole;
import org.jinguo.childcare.model.VisitKind;
import org.jinguo.childcare.service.CaseService.CaseView;
import org.jinguo.childcare.service.CounsellingService.SessionRow;
import org.jinguo.platform.audit.AuditAction;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.ConcurrentChangeException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.security.Role;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.UnitChanges;
import org.jinguo.unit.service.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The children's care project on the server: the lifecycle as the team meets it, the identity kept apart and shown
 * only with a reason (audited), who finds a case at all, counselling as a series counted under its contract, figures.
 * Each test makes its own street with a caseworker, a second caseworker not on the case, a supervisor and a counsellor.
 */
@ExtendWith(ArquillianExtension.class)
class ChildCaseRulesIT {

    @Inject
    CaseRegistry registry;
    @Inject
    CaseService cases;
    @Inject
    CounsellingService counselling;
    @Inject
    ChildFigures figures;
    @Inject
    TurningEighteen turningEighteen;
    @Inject
    CareService care;
    @Inject
    CounsellingGroups groups;
    @Inject
    org.jinguo.volunteer.service.ActivityService activities;
    @Inject
    org.jinguo.person.service.PersonService people;
    @Inject
    org.jinguo.volunteer.service.VolunteerService volunteers;
    @Inject
    UnitChanges unitChanges;
    @Inject
    UnitDirectory units;
    @Inject
    AccountService accounts;
    @Inject
    AuditService audit;

    /** A fresh street and its people: caseworker, another caseworker, supervisor, counsellor, staff. */
    private record Street(long unit, String worker, String otherWorker, String supervisor, String counsellor, String staff,
                          long counsellorId) {
    }

    private Street street() throws Exception {
        long district = TestData.unitId(units, "江北区妇联");
        long unit = call("district", () -> unitChanges.create(TestData.unitForm(district, unique("儿童街道"), UnitType.STREET)));
        String worker = user(unit, Role.CASEWORKER);
        String other = user(unit, Role.CASEWORKER);
        String supervisor = user(unit, Role.CASE_SUPERVISOR);
        String counsellor = TestData.newUsername();
        long counsellorId = call("district", () -> accounts.createUser(TestData.newUser(counsellor, district, Role.COUNSELLOR, "Start#2026x")));
        String staff = user(unit, Role.STAFF);
        return new Street(unit, worker, other, supervisor, counsellor, staff, counsellorId);
    }

    private String user(long unit, Role role) throws Exception {
        String username = TestData.newUsername();
        run("district", () -> accounts.createUser(TestData.newUser(username, unit, role, "Start#2026x")));
        return username;
    }

    static RegistrationForm child(long unit, String realName) {
        RegistrationForm form = RegistrationForm.forUnit(unit, Beijing.today());
        form.setPseudonym(unique("小").substring(0, 8));
        form.setCategory(ChildCategory.UNSUPPORTED);
        form.setQualifyingFacts("父亲去世，母亲失联，由外祖母抚养。");
        form.setRealName(realName);
        form.setBirthDate(Beijing.today().minusYears(10));
        form.setAddress("重庆市江北区测试路 1 号");
        form.setSchool("测试小学");
        form.getGuardians().get(0).setRelation(GuardianRelation.GRANDMOTHER);
        form.getGuardians().get(0).setName("刘秀芬");
        form.getGuardians().get(0).setPhone("13883123456");
        return form;
    }

    private long version(String user, long id) throws Exception {
        return call(user, () -> cases.view(id)).version();
    }

    /** Registers, assesses, plans and approves: a case in service with the counsellor on its team. */
    private long active(Street s, String realName) throws Exception {
        long id = call(s.worker(), () -> registry.register(child(s.unit(), realName)));
        run(s.worker(), () -> cases.assess(assessment(id, version(s.worker(), id))));
        run(s.worker(), () -> cases.submitPlan(plan(id, version(s.worker(), id))));
        run(s.supervisor(), () -> cases.decidePlan(id, true, null, version(s.supervisor(), id)));
        run(s.supervisor(), () -> cases.addMember(id, s.counsellorId(), TeamRole.COUNSELLOR, version(s.supervisor(), id)));
        return id;
    }

    static AssessmentForm assessment(long id, long version) {
        AssessmentForm form = new AssessmentForm();
        form.setCaseId(id);
        form.setVersion(version);
        form.setAssessedOn(Beijing.today());
        form.setFamilySituation("外祖母年迈，家庭收入低。");
        form.setRisk(RiskLevel.HIGH);
        form.getTests().get(0).setInstrument("SDQ");
        form.getTests().get(0).setTakenOn(Beijing.today());
        form.getTests().get(0).setScores("困难总分 22");
        return form;
    }

    static PlanForm plan(long id, long version) {
        PlanForm form = new PlanForm();
        form.setCaseId(id);
        form.setVersion(version);
        form.setGoals("缓解焦虑");
        form.setServices("个体心理辅导");
        form.setDeliverer(Deliverer.COUNSELLOR);
        form.setFrequency("每周两次，每次两小时");
        form.setReviewOn(Beijing.today().plusMonths(3));
        return form;
    }

    static SeriesForm series(long id, Long counsellor, LocalDate from) {
        SeriesForm form = new SeriesForm();
        form.setCaseId(id);
        form.setWeekDays(new ArrayList<>(List.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY)));
        form.setStartsAt(LocalTime.of(16, 30));
        form.setMinutes(120);
        form.setPlace("社区儿童之家");
        form.setChosenBy(ChosenBy.GUARDIAN);
        form.setStartsOn(from);
        form.setEndsOn(from.plusWeeks(4).minusDays(1));
        form.setCounsellorId(counsellor);
        return form;
    }

    @Test
    void aCaseGoesFromRegistrationToServiceOnlyThroughTheSupervisorsApproval() throws Exception {
        Street s = street();
        long id = call(s.worker(), () -> registry.register(child(s.unit(), unique("陈思雨"))));
        CaseView view = call(s.worker(), () -> cases.view(id));
        assertEquals(CaseStatus.REGISTERED, view.status());
        assertTrue(view.caseNo().matches("ET\\d{4}-\\d{4}"), view.caseNo());
        assertEquals(10, view.age());
        assertEquals(Beijing.today().plusDays(CaseRegistry.ASSESSMENT_DAYS), view.assessmentDue());
        assertEquals(List.of(TeamRole.CASEWORKER), view.team().stream().map(CaseService.MemberRow::role).toList());

        assertEquals("case.move.notAllowed", key(() -> run(s.worker(), () -> cases.submitPlan(plan(id, version(s.worker(), id))))),
                "no plan before the assessment");
        run(s.worker(), () -> cases.assess(assessment(id, version(s.worker(), id))));
        assertEquals(RiskLevel.HIGH, call(s.worker(), () -> cases.view(id)).risk());
        run(s.worker(), () -> cases.submitPlan(plan(id, version(s.worker(), id))));
        assertEquals("case.series.noPlan", key(() -> run(s.worker(), () -> counselling.schedule(series(id, null, Beijing.today())))),
                "a plan cannot go live unapproved");
        assertThrows(AccessDeniedException.class, () -> run(s.worker(), () -> cases.decidePlan(id, true, null, version(s.worker(), id))),
                "the caseworker does not approve her own plan");
        assertEquals("case.reason.required", key(() -> run(s.supervisor(), () -> cases.decidePlan(id, false, " ", version(s.supervisor(), id)))));
        run(s.supervisor(), () -> cases.decidePlan(id, false, "请写明频次", version(s.supervisor(), id)));
        assertEquals(CaseStatus.PLAN_RETURNED, call(s.worker(), () -> cases.view(id)).status());
        run(s.worker(), () -> cases.submitPlan(plan(id, version(s.worker(), id))));
        long stale = version(s.supervisor(), id) - 1;
        assertThrows(ConcurrentChangeException.class, () -> run(s.supervisor(), () -> cases.decidePlan(id, true, null, stale)));
        run(s.supervisor(), () -> cases.decidePlan(id, true, null, version(s.supervisor(), id)));

        view = call(s.worker(), () -> cases.view(id));
        assertEquals(CaseStatus.ACTIVE, view.status());
        assertEquals(List.of(PlanStatus.APPROVED, PlanStatus.RETURNED), view.plans().stream().map(CaseService.PlanRow::status).toList());
        assertEquals("请写明频次", view.plans().get(1).comments());
        assertEquals(view.plans().get(0).reviewOn(), view.reviewDue());
        assertEquals(List.of(CaseMove.ASSESS, CaseMove.SUBMIT_PLAN, CaseMove.RETURN_PLAN, CaseMove.SUBMIT_PLAN, CaseMove.APPROVE_PLAN),
                view.timeline().stream().skip(1).map(CaseService.EventRow::move).toList());

        assertEquals("case.closureReason.required", key(() -> run(s.worker(), () -> cases.move(id, CaseMove.REQUEST_CLOSURE, null, "目标达成",
                version(s.worker(), id)))));
        run(s.worker(), () -> cases.move(id, CaseMove.REQUEST_CLOSURE, ClosureReason.GOALS_MET, "目标达成", version(s.worker(), id)));
        run(s.supervisor(), () -> cases.move(id, CaseMove.APPROVE_CLOSURE, null, null, version(s.supervisor(), id)));
        view = call(s.worker(), () -> cases.view(id));
        assertEquals(CaseStatus.CLOSED, view.status());
        assertEquals(Beijing.today(), view.closedOn());
        assertEquals(Beijing.today().plusMonths(CaseService.REVIEW_MONTHS), view.followupDue());
        assertTrue(view.moves().isEmpty(), "a closed case is final");
    }

    @Test
    void theIdentityIsShownOnlyToTheCasesCaseworkerAndSupervisorWithAReasonAndEveryViewIsAudited() throws Exception {
        Street s = street();
        String realName = unique("王雨涵");
        long id = active(s, realName);
        assertInvalid(() -> run(s.worker(), () -> cases.showIdentity(id, " "))); // no reason, nothing shown
        CaseService.IdentityView shown = call(s.worker(), () -> cases.showIdentity(id, "电话联系监护人"));
        assertEquals(realName, shown.name());
        assertEquals("刘秀芬", shown.guardians().get(0).name());
        assertEquals("13883123456", shown.guardians().get(0).phone());
        assertEquals(realName, call(s.supervisor(), () -> cases.showIdentity(id, "审批结案前核对")).name());
        for (String outsider : List.of(s.otherWorker(), s.staff(), s.counsellor(), "district", "viewer")) {
            assertThrows(RecordNotFoundException.class, () -> run(outsider, () -> cases.showIdentity(id, "想看看")), outsider);
        }

        AuditFilter filter = new AuditFilter();
        filter.setRecordType(CaseService.CASE);
        filter.setRecordId(id);
        filter.setAction(AuditAction.VIEW_SENSITIVE);
        List<AuditRow> views = call("auditor", () -> audit.entries(filter, 0, 50));
        assertEquals(2, views.size());
        assertTrue(views.stream().anyMatch(r -> r.actor().equals(s.worker()) && r.detail().contains("电话联系监护人")), views::toString);
        assertTrue(views.stream().noneMatch(r -> r.detail().contains(realName)), "the audit trail never holds the identity");
        filter.setAction(AuditAction.VIEW_RECORD);
        long reads = call("auditor", () -> audit.entries(filter, 0, 50)).size();
        call(s.counsellor(), () -> cases.view(id));
        assertEquals(reads + 1, call("auditor", () -> audit.entries(filter, 0, 50)).size(), "every opening of the file is audited");
    }

    @Test
    void onlyTheTeamAndTheSupervisorFindACaseAndARealNameOnlyFindsWhatItsSearcherMaySee() throws Exception {
        Street s = street();
        String realName = unique("李梓萱");
        long id = active(s, realName);
        for (String outsider : List.of(s.otherWorker(), s.staff(), "district", "viewer", "shimahe")) {
            assertThrows(RecordNotFoundException.class, () -> run(outsider, () -> cases.view(id)), outsider + " must not find the case");
        }
        CaseView asCounsellor = call(s.counsellor(), () -> cases.view(id));
        assertEquals(CaseAccess.COUNSELLOR, asCounsellor.access());
        assertNull(asCounsellor.qualifyingFacts(), "the counsellor sees the pseudonym, not the file");
        assertNull(asCounsellor.assessment());

        CaseFilter byName = new CaseFilter();
        byName.setRealName(realName);
        assertEquals(1, call(s.worker(), () -> registry.count(byName)));
        assertEquals(1, call(s.supervisor(), () -> registry.count(byName)));
        assertEquals(0, call(s.otherWorker(), () -> registry.count(byName)), "not on the team");
        assertEquals(0, call(s.counsellor(), () -> registry.count(byName)), "a counsellor never searches by real name");
        byName.setRealName(realName.substring(0, 2));
        assertEquals(0, call(s.worker(), () -> registry.count(byName)), "a real name matches whole, never in part");
        assertEquals(0, call(s.otherWorker(), () -> registry.count(new CaseFilter())));
        assertEquals(1, call(s.supervisor(), () -> registry.count(new CaseFilter())));
        assertThrows(AccessDeniedException.class, () -> call(s.staff(), () -> registry.count(new CaseFilter())));
        assertEquals("case.team.notEligible", key(() -> run(s.supervisor(), () -> cases.addMember(id, s.counsellorId(),
                TeamRole.CASEWORKER, version(s.supervisor(), id)))), "a counsellor is no caseworker");

        ChildFigures.Figures mine = call("district", () -> figures.of(s.unit(), Beijing.today().minusYears(1), Beijing.today()));
        assertEquals(1, mine.followed());
        assertEquals(1L, mine.byCategory().get(ChildCategory.UNSUPPORTED));
        assertThrows(AccessDeniedException.class, () -> run(s.staff(), () -> figures.of(s.unit(), Beijing.today(), Beijing.today())));
    }

    @Test
    void aSeriesGeneratesItsSessionsAndEachOneHeldUnderAContractIsOneOfItsDeliveries() throws Exception {
        Street s = street();
        long id = active(s, unique("赵浩然"));
        long contract = call(s.worker(), () -> counselling.contracts(id)).stream()
                .filter(c -> c.title().equals("困境儿童个案心理辅导")).findFirst().orElseThrow().id();
        LocalDate from = Beijing.today().minusWeeks(2);
        SeriesForm form = series(id, s.counsellorId(), from);
        form.setContractId(contract);
        assertEquals("case.series.counsellorNotOnTeam", key(() -> run(s.worker(), () -> {
            SeriesForm wrong = series(id, 0L, from);
            counselling.schedule(wrong);
        })));
        run(s.worker(), () -> counselling.schedule(form));
        long expected = form.getWeekDays().size() * 4L;
        assertEquals(expected, call(s.counsellor(), () -> counselling.countSessions(id)));

        List<SessionRow> rows = call(s.counsellor(), () -> counselling.sessions(id, 0, 50));
        SessionRow past = rows.stream().filter(r -> r.heldOn().isBefore(Beijing.today())).findFirst().orElseThrow();
        SessionRow future = rows.stream().filter(r -> r.heldOn().isAfter(Beijing.today())).findFirst().orElseThrow();
        assertEquals("case.session.future", key(() -> run(s.counsellor(), () -> counselling.record(session(future, SessionStatus.ATTENDED)))));
        SessionForm cancelled = session(past, SessionStatus.CANCELLED);
        assertEquals("case.session.cancelledBy", key(() -> run(s.counsellor(), () -> counselling.record(cancelled))));
        assertThrows(AccessDeniedException.class, () -> run(s.supervisor(), () -> counselling.record(session(past, SessionStatus.ATTENDED))),
                "the team records its sessions");
        run(s.counsellor(), () -> counselling.record(session(past, SessionStatus.ATTENDED)));
        assertThrows(ConcurrentChangeException.class, () -> run(s.worker(), () -> counselling.record(session(past, SessionStatus.MISSED))),
                "the caseworker's form was read before the counsellor's record: it is refused, not written over it");
        SessionRow reread = call(s.worker(), () -> counselling.sessions(id, 0, 50)).stream().filter(r -> r.id() == past.id())
                .findFirst().orElseThrow();
        assertEquals("case.session.recorded", key(() -> run(s.worker(), () -> counselling.record(session(reread, SessionStatus.MISSED)))));

        SessionRow held = call(s.worker(), () -> counselling.sessions(id, 0, 50)).stream().filter(r -> r.id() == past.id())
                .findFirst().orElseThrow();
        assertEquals(SessionStatus.ATTENDED, held.status());
        assertEquals("情绪平稳，主动表达", held.notes(), "the team reads the notes");
        assertTrue(held.counted(), "held under the contract, it is one of its deliveries");
        assertNull(call(s.supervisor(), () -> counselling.sessions(id, 0, 50)).stream().filter(r -> r.id() == past.id())
                .findFirst().orElseThrow().notes(), "the notes are the team's only");

        long seriesId = call(s.worker(), () -> counselling.series(id)).get(0).id();
        run(s.worker(), () -> counselling.pause(seriesId, call(s.worker(), () -> counselling.series(id)).get(0).version()));
        assertTrue(call(s.worker(), () -> counselling.sessions(id, 0, 50)).stream()
                .noneMatch(r -> r.status() == SessionStatus.PLANNED && !r.heldOn().isBefore(Beijing.today())), "pausing cancels what is to come");

        run(s.worker(), () -> cases.move(id, CaseMove.REQUEST_CLOSURE, ClosureReason.MOVED_AWAY, "迁往外区", version(s.worker(), id)));
        SessionRow another = call(s.counsellor(), () -> counselling.sessions(id, 0, 50)).stream()
                .filter(r -> r.status() == SessionStatus.PLANNED).findFirst().orElseThrow();
        assertEquals("case.session.closed", key(() -> run(s.counsellor(), () -> counselling.record(session(another, SessionStatus.ATTENDED)))));
    }

    @Test
    void aChildOf18IsNotEligibleAndACaseIsPutUpForClosureOnHer18thBirthday() throws Exception {
        Street s = street();
        RegistrationForm adult = child(s.unit(), unique("成年"));
        adult.setBirthDate(Beijing.today().minusYears(18));
        assertEquals("birthDate", TestData.refusal(() -> run(s.worker(), () -> registry.register(adult))));
        RegistrationForm almost = child(s.unit(), unique("将满十八"));
        almost.setBirthDate(Beijing.today().minusYears(18).plusDays(3));
        long id = call(s.worker(), () -> registry.register(almost));
        turningEighteen.asOf(Beijing.today());
        assertEquals(CaseStatus.REGISTERED, call(s.worker(), () -> cases.view(id)).status());
        turningEighteen.asOf(Beijing.today().plusDays(3));
        CaseView view = call(s.worker(), () -> cases.view(id));
        assertEquals(CaseStatus.CLOSURE_REQUESTED, view.status());
        assertEquals(ClosureReason.TURNED_18, view.closureReason());
        assertEquals(CaseMove.TURNED_18, view.timeline().get(view.timeline().size() - 1).move());
        assertFalse(view.moves().contains(CaseMove.REQUEST_CLOSURE));
    }

    @Test
    void onlyAClearedVolunteerTutorsAndAClosedCaseTakesOnlyItsFollowUpVisit() throws Exception {
        Street s = street();
        long id = active(s, unique("孙雨桐"));
        long uncleared = volunteer(s.unit(), null);
        long cleared = volunteer(s.unit(), Beijing.today().minusMonths(2));
        List<Long> offered = call(s.worker(), () -> care.tutorsFor(id)).stream().map(t -> t.volunteerId()).toList();
        assertTrue(offered.contains(cleared), offered::toString);
        assertFalse(offered.contains(uncleared), "only volunteers cleared for work with children are offered");
        assertEquals("case.tutoring.notCleared", key(() -> run(s.worker(), () -> care.assignTutor(tutor(id, uncleared)))));
        assertThrows(AccessDeniedException.class, () -> run(s.supervisor(), () -> care.assignTutor(tutor(id, cleared))));
        long tutoring = call(s.worker(), () -> care.assignTutor(tutor(id, cleared)));
        LessonForm lesson = new LessonForm();
        lesson.setTutoringId(tutoring);
        lesson.setHeldOn(Beijing.today().plusDays(1));
        assertInvalid(() -> run(s.worker(), () -> care.logLesson(lesson))); // not a day to come
        lesson.setHeldOn(Beijing.today());
        run(s.worker(), () -> care.logLesson(lesson));
        CareService.TutoringRow row = call(s.supervisor(), () -> care.tutoring(id)).get(0);
        assertEquals(1, row.lessons());
        assertEquals(90, row.minutes());
        run(s.worker(), () -> care.endTutoring(tutoring));
        assertEquals("case.tutoring.ended", key(() -> run(s.worker(), () -> care.logLesson(lesson))));
        assertThrows(RecordNotFoundException.class, () -> run(s.otherWorker(), () -> care.tutoring(id)));
        assertThrows(RecordNotFoundException.class, () -> run(s.counsellor(), () -> care.visits(id)), "visits are the file's");

        assertEquals("case.visit.followUpAfterClosure", key(() -> run(s.worker(), () -> care.recordVisit(visit(id, VisitKind.FOLLOW_UP)))));
        run(s.worker(), () -> care.recordVisit(visit(id, VisitKind.CARING)));
        run(s.worker(), () -> cases.move(id, CaseMove.REQUEST_CLOSURE, ClosureReason.GOALS_MET, "目标达成", version(s.worker(), id)));
        run(s.supervisor(), () -> cases.move(id, CaseMove.APPROVE_CLOSURE, null, null, version(s.supervisor(), id)));
        assertEquals("case.visit.onlyFollowUp", key(() -> run(s.worker(), () -> care.recordVisit(visit(id, VisitKind.CARING)))));
        run(s.worker(), () -> care.recordVisit(visit(id, VisitKind.FOLLOW_UP)));
        assertNull(call(s.worker(), () -> cases.view(id)).followupDue(), "the follow-up is done");
        assertEquals(List.of(VisitKind.FOLLOW_UP, VisitKind.CARING), call(s.supervisor(), () -> care.visits(id)).stream()
                .map(CareService.VisitRow::kind).toList(), "the latest first");
    }

    @Test
    void aGroupTakesChildrenOfItsStreetAndEachSeesTheOthersOnlyByPseudonym() throws Exception {
        Street s = street();
        long a = active(s, unique("周一诺"));
        long b = active(s, unique("吴若曦"));
        SeriesForm form = series(a, s.counsellorId(), Beijing.today());
        form.setKind(org.jinguo.childcare.model.SeriesKind.GROUP);
        run(s.worker(), () -> counselling.schedule(form));
        CounsellingService.SeriesRow group = call(s.worker(), () -> counselling.series(a)).get(0);
        assertThrows(AccessDeniedException.class, () -> run(s.worker(), () -> groups.join(group.id(), b, group.version())),
                "a group spans cases: its supervisor fills it");
        assertEquals(List.of(b), call(s.supervisor(), () -> groups.candidates(group.id())).stream()
                .map(CounsellingGroups.Candidate::caseId).toList());
        run(s.supervisor(), () -> groups.join(group.id(), b, group.version()));
        assertEquals("case.group.already", key(() -> run(s.supervisor(), () -> groups.join(group.id(), b, group.version()))));

        CounsellingService.SeriesRow ofB = call(s.worker(), () -> counselling.series(b)).get(0);
        assertTrue(ofB.group() && !ofB.own());
        assertEquals(List.of(call(s.worker(), () -> cases.view(a)).pseudonym()), ofB.others(), "the others by pseudonym only");
        assertEquals(call(s.worker(), () -> counselling.countSessions(a)), call(s.worker(), () -> counselling.countSessions(b)));
        assertTrue(call(s.counsellor(), () -> cases.view(b)).team().stream().anyMatch(m -> m.role() == TeamRole.COUNSELLOR));

        Street other = street();
        long elsewhere = active(other, unique("郑博文"));
        assertThrows(RecordNotFoundException.class, () -> run(s.supervisor(), () -> groups.join(group.id(), elsewhere,
                call(s.worker(), () -> counselling.series(a)).get(0).version())), "another street's child is not hers to add");
    }

    @Test
    void sheIsRecordedInActivitiesOfHerOwnStreetOnlyAndOnlyOnce() throws Exception {
        Street s = street();
        long id = active(s, unique("林雨桐"));
        long ours = call("district", () -> activities.create(activity(s.unit())).get(0));
        Street other = street();
        long theirs = call("district", () -> activities.create(activity(other.unit())).get(0));
        List<Long> near = call(s.worker(), () -> care.activitiesNear(id)).stream().map(a -> a.id()).toList();
        assertTrue(near.contains(ours), near::toString);
        assertFalse(near.contains(theirs));
        assertEquals("case.activity.notNear", key(() -> run(s.worker(), () -> care.recordActivity(id, theirs,
                org.jinguo.childcare.model.ActivityKind.THEMED, null))));
        run(s.worker(), () -> care.recordActivity(id, ours, org.jinguo.childcare.model.ActivityKind.THEMED, "主持了游戏环节"));
        assertEquals("case.activity.already", key(() -> run(s.worker(), () -> care.recordActivity(id, ours,
                org.jinguo.childcare.model.ActivityKind.SOCIAL_PRACTICE, null))));
        CareService.ActivityRow row = call(s.supervisor(), () -> care.activities(id)).get(0);
        assertEquals(ours, row.activityId());
        assertEquals("主持了游戏环节", row.note());
        assertThrows(RecordNotFoundException.class, () -> run(s.counsellor(), () -> care.activities(id)));
    }

    private static org.jinguo.volunteer.service.ActivityForm activity(long unit) {
        org.jinguo.volunteer.service.ActivityForm form = new org.jinguo.volunteer.service.ActivityForm();
        form.setUnitId(unit);
        form.setTitle(unique("六一主题活动"));
        form.setLine(org.jinguo.vocabulary.ServiceLine.EDUCATION);
        form.setPlace("社区儿童之家");
        form.setHeldOn(Beijing.today().plusDays(20));
        form.setStartsAt(LocalTime.of(9, 0));
        form.setEndsAt(LocalTime.of(11, 0));
        return form;
    }

    private long volunteer(long unit, LocalDate cleared) throws Exception {
        long person = call("district", () -> people.create(TestData.personForm(unit, unique("家教志愿者"))));
        org.jinguo.volunteer.service.VolunteerForm form = new org.jinguo.volunteer.service.VolunteerForm();
        form.setPersonId(person);
        form.setSkills(java.util.EnumSet.of(org.jinguo.volunteer.model.Skill.TUTORING));
        form.setChildClearedOn(cleared);
        return call("district", () -> volunteers.register(form));
    }

    private static TutorForm tutor(long id, long volunteer) {
        TutorForm form = new TutorForm();
        form.setCaseId(id);
        form.setVolunteerId(volunteer);
        form.setSubject("数学作业辅导");
        form.setSchedule("每周六下午");
        form.setStartsOn(Beijing.today().minusDays(7));
        return form;
    }

    private static VisitForm visit(long id, VisitKind kind) {
        VisitForm form = new VisitForm();
        form.setCaseId(id);
        form.setKind(kind);
        form.setVisitedOn(Beijing.today());
        form.setVisitors("社工");
        form.setGifts("书包");
        form.setAmount(new java.math.BigDecimal("200.00"));
        return form;
    }

    private static SessionForm session(SessionRow row, SessionStatus outcome) {
        SessionForm form = new SessionForm();
        form.setSessionId(row.id());
        form.setVersion(row.version());
        form.setOutcome(outcome);
        form.setMinutes(outcome == SessionStatus.ATTENDED ? 120 : 0);
        form.setNotes(outcome == SessionStatus.ATTENDED ? "情绪平稳，主动表达" : null);
        form.setProgress(outcome == SessionStatus.ATTENDED ? 4 : null);
        return form;
    }

    private static String key(org.jinguo.testsupport.SignedInAs.ThrowingRunnable work) {
        return assertThrows(BusinessRuleException.class, work::run).messageKey();
    }

    /** The service refuses the call by Bean Validation of its parameters. */
    private static void assertInvalid(org.jinguo.testsupport.SignedInAs.ThrowingRunnable work) {
        Exception e = assertThrows(Exception.class, work::run);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.validation.ConstraintViolationException) {
                return;
            }
        }
        throw new AssertionError("expected a constraint violation", e);
    }
}
