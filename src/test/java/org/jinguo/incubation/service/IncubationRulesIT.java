// Longer than 300 lines on purpose: the pipeline's rules, from application to follow-up, share the helpers that make an organisation and walk it through its stages.
package org.jinguo.incubation.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.refusal;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.incubation.model.Decision;
import org.jinguo.incubation.model.OrgKind;
import org.jinguo.incubation.model.RoomKind;
import org.jinguo.incubation.model.Stage;
import org.jinguo.incubation.model.SupportKind;
import org.jinguo.incubation.service.OrganisationService.OrgView;
import org.jinguo.incubation.service.PipelineService.CriterionRow;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.files.FileService;
import org.jinguo.platform.files.Upload;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.service.UnitChanges;
import org.jinguo.unit.service.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The incubation pipeline as a state machine (every allowed and every refused move), the admission
 * assessment, documents on a step, bookings that cannot overlap, the period report, and who sees what.
 */
@ExtendWith(ArquillianExtension.class)
class IncubationRulesIT {

    private static final String STAFF = "guanyinqiao";
    private static final byte[] PDF = "%PDF-1.4\n% test document\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Inject
    OrganisationService organisations;
    @Inject
    PipelineService pipeline;
    @Inject
    SupportService support;
    @Inject
    FileService files;
    @Inject
    UnitDirectory units;

    @Inject
    UnitChanges unitChanges;

    /** The path from application to each stage, as the moves that lead there. */
    private static final Map<Stage, List<Stage>> PATHS = Map.of(
            Stage.APPLIED, List.of(),
            Stage.INSPECTION, List.of(Stage.INSPECTION),
            Stage.ASSESSMENT, List.of(Stage.INSPECTION, Stage.ASSESSMENT),
            Stage.MOVED_IN, List.of(Stage.INSPECTION, Stage.ASSESSMENT, Stage.MOVED_IN),
            Stage.INCUBATING, List.of(Stage.INSPECTION, Stage.ASSESSMENT, Stage.MOVED_IN, Stage.INCUBATING),
            Stage.GRADUATED, List.of(Stage.INSPECTION, Stage.ASSESSMENT, Stage.MOVED_IN, Stage.INCUBATING, Stage.GRADUATED),
            Stage.FOLLOW_UP, List.of(Stage.INSPECTION, Stage.ASSESSMENT, Stage.MOVED_IN, Stage.INCUBATING, Stage.GRADUATED,
                    Stage.FOLLOW_UP),
            Stage.REJECTED, List.of(Stage.REJECTED),
            Stage.WITHDRAWN, List.of(Stage.WITHDRAWN));

    @Test
    void everyAllowedMoveIsMadeAndEveryOtherRefusedWithTheStageUnchanged() throws Exception {
        long unit = TestData.unitId(units, "观音桥街道妇联");
        List<String> wrong = new ArrayList<>();
        int allowed = 0;
        for (Stage from : Stage.values()) {
            for (Stage to : Stage.values()) {
                long org = orgAt(unit, from);
                if (from == Stage.ASSESSMENT) { // admitted, so that moving in is allowed (without: see the next test)
                    run(STAFF, () -> pipeline.assess(org, assessment(activeCriteria(), 9, Decision.ADMIT)));
                }
                boolean expected = from.allows(to);
                boolean done;
                try {
                    run(STAFF, () -> pipeline.advance(org, to, step("理由：测试"), List.of()));
                    done = true;
                } catch (org.jinguo.platform.errors.BusinessRuleException refused) {
                    assertEquals("incubation.notAllowed", refused.messageKey(), from + " → " + to);
                    done = false;
                }
                Stage now = call(STAFF, () -> organisations.view(org)).row().stage();
                if (done != expected || now != (done ? to : from)) {
                    wrong.add(from + " → " + to + ": " + (done ? "made" : "refused") + ", now " + now);
                }
                allowed += done ? 1 : 0;
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(14, allowed, "the moves the pipeline allows");
    }

    @Test
    void movingInNeedsAnAdmittingAssessmentAndARejectionEndsThePipelineWithItsReason() throws Exception {
        long unit = TestData.unitId(units, "观音桥街道妇联");
        long org = orgAt(unit, Stage.ASSESSMENT);
        assertEquals("target", refusal(() -> run(STAFF, () -> pipeline.advance(org, Stage.MOVED_IN, step(null), List.of()))));

        List<CriterionRow> criteria = call(STAFF, () -> pipeline.criteria()).stream().filter(CriterionRow::active).toList();
        AssessmentForm form = assessment(criteria, 8, Decision.ADMIT);
        form.getScores().remove(criteria.get(0).id());
        assertEquals("scores", refusal(() -> run(STAFF, () -> pipeline.assess(org, form))));
        form.getScores().put(criteria.get(0).id(), 5);
        run(STAFF, () -> pipeline.assess(org, form));
        OrgView view = call(STAFF, () -> organisations.view(org));
        int weights = criteria.stream().mapToInt(CriterionRow::weight).sum();
        double expected = (5.0 * criteria.get(0).weight() + 8.0 * (weights - criteria.get(0).weight())) * 10 / weights;
        assertEquals(BigDecimal.valueOf(expected).setScale(1, java.math.RoundingMode.HALF_UP), view.assessments().get(0).total());
        assertEquals(criteria.size(), view.assessments().get(0).scores().size());
        assertTrue(view.admitted());
        run(STAFF, () -> pipeline.advance(org, Stage.MOVED_IN, step(null), List.of()));
        assertEquals(Stage.MOVED_IN, call(STAFF, () -> organisations.view(org)).row().stage());

        long other = orgAt(unit, Stage.ASSESSMENT);
        AssessmentForm reject = assessment(criteria, 3, Decision.REJECT);
        assertEquals("notes", refusal(() -> run(STAFF, () -> pipeline.assess(other, reject))));
        reject.setNotes("骨干不足，建议半年后再申请");
        run(STAFF, () -> pipeline.assess(other, reject));
        OrgView rejected = call(STAFF, () -> organisations.view(other));
        assertEquals(Stage.REJECTED, rejected.row().stage());
        assertEquals("骨干不足，建议半年后再申请", rejected.timeline().get(rejected.timeline().size() - 1).reason());
        assertEquals(Stage.ASSESSMENT, rejected.timeline().get(rejected.timeline().size() - 1).from());
        assertTrue(rejected.next().isEmpty());

        long leaving = orgAt(unit, Stage.APPLIED);
        assertEquals("reason", refusal(() -> run(STAFF, () -> pipeline.advance(leaving, Stage.WITHDRAWN, step(null), List.of()))));
        assertEquals(Stage.APPLIED, call(STAFF, () -> organisations.view(leaving)).row().stage());
    }

    @Test
    void aStepKeepsItsDocumentsWhichOnlyItsUnitAndAboveCanDownload() throws Exception {
        long unit = TestData.unitId(units, "观音桥街道妇联");
        long org = orgAt(unit, Stage.APPLIED);
        StepForm form = step(null);
        form.setNotes("实地走访，查看活动场地与台账");
        run(STAFF, () -> pipeline.advance(org, Stage.INSPECTION, form, List.of(Upload.checked("考察记录.pdf", PDF))));
        OrgView view = call(STAFF, () -> organisations.view(org));
        var step = view.timeline().get(1);
        assertEquals("实地走访，查看活动场地与台账", step.notes());
        assertEquals(STAFF, step.recordedBy());
        assertEquals(1, step.files().size());
        long file = step.files().get(0).id();
        assertArrayEquals(PDF, call(STAFF, () -> files.download(file)).content());
        assertEquals("application/pdf", call("district", () -> files.download(file)).contentType());
        assertThrows(RecordNotFoundException.class, () -> run("shimahe", () -> files.download(file)));
        // a step is not half-saved when its documents are refused
        List<Upload> six = java.util.Collections.nCopies(6, Upload.checked("a.pdf", PDF));
        assertEquals("files", refusal(() -> run(STAFF, () -> pipeline.advance(org, Stage.ASSESSMENT, step(null), six))));
        assertEquals(Stage.INSPECTION, call(STAFF, () -> organisations.view(org)).row().stage());
        assertEquals(2, call(STAFF, () -> organisations.view(org)).timeline().size());
    }

    @Test
    void bookingsOfOneRoomCannotOverlapButMayTouch() throws Exception {
        long unit = TestData.unitId(units, "观音桥街道妇联");
        long resident = orgAt(unit, Stage.INCUBATING);
        long applicant = orgAt(unit, Stage.APPLIED);
        long room = call(STAFF, () -> support.saveRoom(room(unit, unique("会议室"))));
        long otherRoom = call(STAFF, () -> support.saveRoom(room(unit, unique("活动室"))));
        LocalDate day = Beijing.today().plusDays(3);
        long first = call(STAFF, () -> support.book(booking(room, resident, day, 9, 11)));
        assertEquals("startsAt", refusal(() -> run(STAFF, () -> support.book(booking(room, resident, day, 10, 12)))));
        assertEquals("startsAt", refusal(() -> run(STAFF, () -> support.book(booking(room, resident, day, 8, 12)))));
        assertEquals("startsAt", refusal(() -> run(STAFF, () -> support.book(booking(room, resident, day, 9, 10)))));
        call(STAFF, () -> support.book(booking(room, resident, day, 11, 12)));
        call(STAFF, () -> support.book(booking(room, resident, day.plusDays(1), 9, 11)));
        call(STAFF, () -> support.book(booking(otherRoom, resident, day, 9, 11)));
        assertEquals("org", refusal(() -> run(STAFF, () -> support.book(booking(room, applicant, day, 14, 15)))));
        assertEquals("endsAt", refusal(() -> run(STAFF, () -> support.book(booking(room, resident, day, 15, 14)))));
        run(STAFF, () -> support.cancelBooking(first));
        call(STAFF, () -> support.book(booking(room, resident, day, 10, 11)));
        assertEquals(3, call(STAFF, () -> support.countBookings(room, day, day)));
        assertEquals(2, call(STAFF, () -> support.bookings(room, day, day, 0, 10)).stream().filter(b -> !b.cancelled()).count());
    }

    @Test
    void theReportCountsWhoEnteredEachStageAndWhatWasGivenByKind() throws Exception {
        long street = TestData.unitId(units, "观音桥街道妇联");
        long community = call("district", () -> unitChanges.create(TestData.unitForm(street, unique("报表社区"),
                org.jinguo.unit.model.UnitType.COMMUNITY)));
        long graduated = orgAt(community, Stage.GRADUATED);
        orgAt(community, Stage.INCUBATING);
        SupportForm funding = new SupportForm();
        funding.setOrgId(graduated);
        funding.setKind(SupportKind.FUNDING);
        funding.setGivenOn(Beijing.today());
        funding.setDescription("公益创投启动资金");
        assertEquals("amount", refusal(() -> run(STAFF, () -> support.record(funding))));
        funding.setAmount(new BigDecimal("5000.00"));
        run(STAFF, () -> support.record(funding));
        SupportForm training = new SupportForm();
        training.setOrgId(graduated);
        training.setKind(SupportKind.REGISTRATION);
        training.setGivenOn(Beijing.today());
        training.setDescription("协助准备登记材料");
        run(STAFF, () -> support.record(training));

        SupportService.Report report = call(STAFF, () -> support.report(community, Beijing.today().minusDays(1), Beijing.today()));
        assertEquals(2, report.entered().get(Stage.APPLIED));
        assertEquals(2, report.entered().get(Stage.MOVED_IN));
        assertEquals(1, report.entered().get(Stage.GRADUATED));
        assertEquals(1, report.residents());
        var funded = report.supports().stream().filter(k -> k.kind() == SupportKind.FUNDING).findFirst().orElseThrow();
        assertEquals(1, funded.count());
        assertEquals(0, new BigDecimal("5000").compareTo(funded.amount()));
        assertEquals(1, report.supports().stream().filter(k -> k.kind() == SupportKind.REGISTRATION).findFirst().orElseThrow().count());
        assertEquals("to", refusal(() -> run(STAFF, () -> support.report(community, Beijing.today(), Beijing.today().minusDays(1)))));
    }

    @Test
    void otherUnitsSeeNothingAndReadersChangeNothing() throws Exception {
        long unit = TestData.unitId(units, "观音桥街道妇联");
        long org = orgAt(unit, Stage.APPLIED);
        assertThrows(RecordNotFoundException.class, () -> run("shimahe", () -> organisations.view(org)));
        assertThrows(RecordNotFoundException.class,
                () -> run("shimahe", () -> pipeline.advance(org, Stage.INSPECTION, step(null), List.of())));
        OrgFilter filter = new OrgFilter();
        filter.setText("孵化测试");
        assertTrue(call("shimahe", () -> organisations.list(filter, 0, 1000, Sorting.NONE))
                .stream().noneMatch(r -> r.id() == org));
        assertTrue(call("district", () -> organisations.count(filter)) >= 1);
        assertFalse(call("viewer", () -> organisations.view(org)).editable());
        assertThrows(AccessDeniedException.class,
                () -> run("viewer", () -> pipeline.advance(org, Stage.INSPECTION, step(null), List.of())));
        CriterionForm criterion = new CriterionForm();
        criterion.setNameZh("不应保存");
        criterion.setNameEn("Must not be saved");
        assertThrows(AccessDeniedException.class, () -> run(STAFF, () -> pipeline.saveCriterion(criterion)));
    }

    @Test
    void changingTheCriteriaNeverChangesAPastAssessment() throws Exception {
        long unit = TestData.unitId(units, "观音桥街道妇联");
        long org = orgAt(unit, Stage.ASSESSMENT);
        List<CriterionRow> before = call(STAFF, () -> pipeline.criteria()).stream().filter(CriterionRow::active).toList();
        run(STAFF, () -> pipeline.assess(org, assessment(before, 7, Decision.ADMIT)));
        BigDecimal total = call(STAFF, () -> organisations.view(org)).assessments().get(0).total();
        CriterionForm added = new CriterionForm();
        added.setNameZh(unique("社区认可度"));
        added.setNameEn("Community recognition");
        added.setWeight(30);
        added.setSortOrder(900);
        long id = call("district", () -> pipeline.saveCriterion(added));
        try {
            assertEquals(total, call(STAFF, () -> organisations.view(org)).assessments().get(0).total());
            assertEquals(before.size(), call(STAFF, () -> organisations.view(org)).assessments().get(0).scores().size());
        } finally {
            CriterionRow row = call("district", () -> pipeline.criteria()).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
            CriterionForm retire = new CriterionForm();
            retire.setId(id);
            retire.setVersion(row.version());
            retire.setNameZh(row.nameZh());
            retire.setNameEn(row.nameEn());
            retire.setWeight(row.weight());
            retire.setSortOrder(row.sortOrder());
            retire.setActive(false);
            run("district", () -> pipeline.saveCriterion(retire)); // other tests score the five standard criteria
        }
    }

    /** A new organisation of {@code unit} brought to {@code stage} by the allowed moves. */
    private long orgAt(long unit, Stage stage) throws Exception {
        OrgForm form = new OrgForm();
        form.setUnitId(unit);
        form.setName(unique("孵化测试组织"));
        form.setKind(OrgKind.COUNSELLING);
        form.setAppliedOn(Beijing.today());
        long org = call(STAFF, () -> organisations.apply(form));
        for (Stage next : PATHS.get(stage)) {
            if (next == Stage.MOVED_IN) {
                run(STAFF, () -> pipeline.assess(org, assessment(activeCriteria(), 9, Decision.ADMIT)));
            }
            run(STAFF, () -> pipeline.advance(org, next, step("测试"), List.of()));
        }
        return org;
    }

    private List<CriterionRow> activeCriteria() throws Exception {
        return call(STAFF, () -> pipeline.criteria()).stream().filter(CriterionRow::active).toList();
    }

    private static StepForm step(String reason) {
        StepForm form = new StepForm();
        form.setOn(Beijing.today());
        form.setReason(reason);
        return form;
    }

    private static AssessmentForm assessment(List<CriterionRow> criteria, int score, Decision decision) {
        AssessmentForm form = new AssessmentForm();
        form.setOn(Beijing.today());
        form.setDecision(decision);
        criteria.forEach(c -> form.getScores().put(c.id(), score));
        return form;
    }

    private static RoomForm room(long unit, String name) {
        RoomForm form = new RoomForm();
        form.setUnitId(unit);
        form.setName(name);
        form.setKind(RoomKind.ROOM);
        form.setCapacity(20);
        return form;
    }

    private static BookingForm booking(long room, long org, LocalDate day, int from, int to) {
        BookingForm form = new BookingForm();
        form.setRoomId(room);
        form.setOrgId(org);
        form.setOn(day);
        form.setStartsAt(LocalTime.of(from, 0));
        form.setEndsAt(LocalTime.of(to, 0));
        form.setPurpose("骨干培训");
        return form;
    }
}
