package org.jinguo.bridge.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.admin.service.AccountService;
import org.jinguo.bridge.model.BookingStatus;
import org.jinguo.bridge.model.LegalTopic;
import org.jinguo.bridge.service.ConsultationService.ConsultationRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.security.Role;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.service.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The legal line on the server: the last slot booked at once by two women goes to one, a slot's rules, and the
 * confidentiality of the consultation records (the domestic-violence flag and its readers, the lawyer's reach).
 */
@ExtendWith(ArquillianExtension.class)
class LegalRulesIT {

    private static final String OFFICER = "weiquan";
    private static final String STAFF = "guanyinqiao";

    @Inject
    LegalService legal;
    @Inject
    PublicLegalService publicLegal;
    @Inject
    ConsultationService consultations;
    @Inject
    PersonService people;
    @Inject
    AccountService accounts;
    @Inject
    UnitDirectory units;
    @Inject
    CourseService courses;

    @Test
    void twoWomenBookingTheLastSlotAtOnceGetItOnce() throws Exception {
        long session = session(1);
        long community = TestData.unitId(units, "建新北路社区妇联");
        int women = 2;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(women);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < women; i++) {
                LegalBookingForm form = new LegalBookingForm();
                form.setSessionId(session);
                form.setSlot(0);
                form.setName(unique("抢时段"));
                form.setPhone("137" + String.format("%08d", (int) (Math.random() * 100_000_000)));
                form.setCommunityId(community);
                form.setTopic(LegalTopic.MARRIAGE);
                Callable<String> book = () -> {
                    start.await();
                    try {
                        publicLegal.book(form);
                        return "booked";
                    } catch (BusinessRuleException refused) {
                        return refused.messageKey();
                    }
                };
                answers.add(pool.submit(book));
            }
            start.countDown();
            List<String> got = new ArrayList<>();
            for (Future<String> answer : answers) {
                got.add(answer.get());
            }
            assertEquals(1, got.stream().filter("booked"::equals).count(), got.toString());
            assertEquals(1, got.stream().filter("legal.slot.taken"::equals).count(), got.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, call(STAFF, () -> legal.session(session)).row().free());
        assertTrue(publicLegal.free().stream().noneMatch(f -> f.sessionId() == session), "no free slot offered any more");
    }

    @Test
    void aSlotIsBookedOnceByOneWomanAndFreedByCancelling() throws Exception {
        long session = session(3);
        long street = TestData.unitId(units, "观音桥街道妇联");
        long a = call(STAFF, () -> people.create(TestData.personForm(street, unique("咨询"))));
        long b = call(STAFF, () -> people.create(TestData.personForm(street, unique("咨询"))));
        run(STAFF, () -> {
            long booking = legal.book(session, 0, a, LegalTopic.PROPERTY);
            assertEquals("legal.slot.taken", refusal(() -> legal.book(session, 0, b, LegalTopic.LABOUR)));
            assertEquals("legal.booking.already", refusal(() -> legal.book(session, 1, a, LegalTopic.LABOUR)));
            assertEquals("legal.slot.none", refusal(() -> legal.book(session, 3, b, LegalTopic.LABOUR)));
            legal.cancelBooking(booking);
            legal.book(session, 0, b, LegalTopic.LABOUR);
            assertEquals(BookingStatus.BOOKED, legal.session(session).slots().get(0).status());
        });
        assertThrows(AccessDeniedException.class, () -> run("viewer", () -> legal.book(session, 2, a, LegalTopic.OTHER)));
        assertThrows(org.jinguo.platform.errors.RecordNotFoundException.class, () -> run("shimahe", () -> legal.session(session)));
    }

    @Test
    void aRecordAboutDomesticViolenceIsReadOnlyByThoseItsFlagNames() throws Exception {
        String colleague = TestData.newUsername();
        long district = TestData.unitId(units, "江北区妇联");
        long colleagueId = call("district", () -> accounts.createUser(TestData.newUser(colleague, district, Role.LEGAL_OFFICER,
                "Start#2026x")));
        long street = TestData.unitId(units, "观音桥街道妇联");
        long woman = call(STAFF, () -> people.create(TestData.personForm(street, unique("来访"))));
        ConsultationForm form = new ConsultationForm();
        form.setPersonId(woman);
        form.setTopic(LegalTopic.DOMESTIC_VIOLENCE);
        form.setAdvice("建议申请人身安全保护令。");
        long record = call(OFFICER, () -> consultations.record(form));

        assertEquals("建议申请人身安全保护令。", call(OFFICER, () -> consultations.view(record)).advice(), "its recorder reads it");
        ConsultationRow seen = row(colleague, record);
        assertFalse(seen.readable());
        assertNull(seen.name(), "not even whose it is");
        assertTrue(seen.flagged());
        assertThrows(AccessDeniedException.class, () -> run(colleague, () -> consultations.view(record)));
        assertThrows(AccessDeniedException.class, () -> run(STAFF, () -> consultations.view(record)), "staff read no record");
        Exception lawyer = assertThrows(Exception.class, () -> run("fating", () -> consultations.view(record)));
        assertTrue(lawyer instanceof AccessDeniedException || lawyer instanceof org.jinguo.platform.errors.RecordNotFoundException,
                "a lawyer reads only the records of her sessions: " + lawyer);

        run(OFFICER, () -> {
            assertTrue(consultations.readerCandidates(record).stream().anyMatch(o -> o.userId() == colleagueId));
            consultations.allowReader(record, colleagueId);
        });
        assertTrue(row(colleague, record).readable(), "named by the flag, she reads it");
        assertEquals(1, call(colleague, () -> consultations.view(record)).readers().size());
        assertThrows(AccessDeniedException.class, () -> run(colleague, () -> consultations.allowReader(record, colleagueId)),
                "only its recorder names readers");

        ConsultationForm labour = new ConsultationForm();
        labour.setPersonId(woman);
        labour.setTopic(LegalTopic.LABOUR);
        labour.setAdvice("建议申请劳动仲裁。");
        long plain = call(OFFICER, () -> consultations.record(labour));
        assertTrue(row(colleague, plain).readable(), "an unflagged record is the line's");
    }

    @Test
    void theCourtsLawyerReadsTheRecordsOfItsSessionsFlaggedOrNot() throws Exception {
        List<ConsultationRow> hers = call("fating", () -> consultations.list(LegalTopic.DOMESTIC_VIOLENCE, null, null, 0, 50));
        assertFalse(hers.isEmpty(), "the demo's 鱼嘴 sessions had domestic-violence consultations");
        assertTrue(hers.stream().allMatch(ConsultationRow::readable));
        assertTrue(call("fating", () -> consultations.view(hers.get(0).id())).advice().contains("保护令"));
        ConsultationService.LegalFigures figures = call("district", () -> consultations.figures(Beijing.today().minusYears(1),
                Beijing.today()));
        assertTrue(figures.byPlace().getOrDefault("鱼嘴镇党群服务站", 0L) > 20, figures.toString());
        assertTrue(figures.flagged() > 0 && figures.flagged() == figures.byTopic().get(LegalTopic.DOMESTIC_VIOLENCE),
                figures.toString());
    }

    /** A session at 观音桥 a week on, with {@code slots} half-hour slots. */
    private long session(int slots) throws Exception {
        long street = TestData.unitId(units, "观音桥街道妇联");
        long provider = call("district", () -> courses.trainers().get(0).id());
        LegalPlanForm form = new LegalPlanForm();
        form.setUnitId(street);
        form.setProviderId(provider);
        form.setPlace(unique("观音桥街道党群服务中心"));
        form.setFirstOn(Beijing.today().plusDays(7));
        form.setStartsAt(LocalTime.of(9, 0));
        form.setEndsAt(LocalTime.of(9, 0).plusMinutes(30L * slots));
        return call("district", () -> legal.plan(form).get(0));
    }

    private ConsultationRow row(String user, long id) throws Exception {
        return call(user, () -> consultations.list(null, null, null, 0, 200)).stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow();
    }

    private static String refusal(org.jinguo.testsupport.SignedInAs.ThrowingRunnable work) {
        return assertThrows(BusinessRuleException.class, work::run).messageKey();
    }
}
