package org.jinguo.notice.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.refusal;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.admin.service.AccountService;
import org.jinguo.admin.service.NewUserForm;
import org.jinguo.notice.model.NoticeKind;
import org.jinguo.organisation.model.Position;
import org.jinguo.organisation.service.TermService;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.security.Role;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.UnitChanges;
import org.jinguo.unit.service.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notices and polls: who receives them (current office holders of the subtree, each once), the rules of
 * a poll, the member's reading and answering, what the sender sees, and scope. Each test builds its own
 * street with two communities below the district, so the demo network never changes a count.
 */
@ExtendWith(ArquillianExtension.class)
class NoticeServiceIT {

    private static final String DISTRICT = "district";
    private static final LocalDate TODAY = Beijing.today();
    private static final String PASSWORD = "Start#2026x";

    @Inject
    NoticeService notices;

    @Inject
    MemberNoticeService members;

    @Inject
    UnitDirectory units;

    @Inject
    UnitChanges unitChanges;

    @Inject
    TermService terms;

    @Inject
    PersonService people;

    @Inject
    AccountService accounts;

    /** A street with communities X and Y: X elects chair A and member B (and had D in a past term), Y elects A and C. */
    private record Network(long street, long x, long y, long a, long b, long c, long d) {
    }

    @Test
    void aNoticeGoesToEachCurrentOfficeHolderOfTheSubtreeOnce() throws Exception {
        Network net = network();
        run(DISTRICT, () -> {
            assertEquals(3, notices.audienceSize(net.street()));
            long id = notices.send(notice(net.street(), NoticeKind.NOTICE));
            List<ReceiptRow> receipts = notices.receipts(id, ReceiptFilter.ALL, 0, 10);
            assertEquals(3, receipts.size(), "A, B and C; D's term is over; A once although she sits in two units");
            assertEquals(1, receipts.stream().filter(r -> r.position() == Position.CHAIR).count(), "A with her highest office");
            NoticeView view = notices.view(id);
            assertEquals(3, view.recipients());
            assertEquals(0, view.read());
            assertEquals(1, notices.count(view.title()));
        });
    }

    @Test
    void aPollNeedsTwoDistinctOptionsAFutureClosingDayAndSomeoneToReceiveIt() throws Exception {
        Network net = network();
        long empty = call(DISTRICT, () -> unitChanges.create(TestData.unitForm(net.street(), unique("无执委社区"), UnitType.COMMUNITY)));
        run(DISTRICT, () -> {
            NoticeForm one = notice(net.street(), NoticeKind.POLL);
            one.getOptions().remove(1);
            assertEquals("options", refusal(() -> notices.send(one)));
            NoticeForm twice = notice(net.street(), NoticeKind.POLL);
            twice.getOptions().get(1).setLabel(twice.getOptions().get(0).getLabel() + " ");
            assertEquals("options", refusal(() -> notices.send(twice)));
            NoticeForm noDay = notice(net.street(), NoticeKind.POLL);
            noDay.setClosesOn(null);
            assertEquals("closesOn", refusal(() -> notices.send(noDay)));
            NoticeForm past = notice(net.street(), NoticeKind.POLL);
            past.setClosesOn(TODAY.minusDays(1));
            assertEquals("closesOn", refusal(() -> notices.send(past)));
            assertEquals("audience", refusal(() -> notices.send(notice(empty, NoticeKind.NOTICE))));
            assertEquals(0, notices.count(past.getTitle()), "nothing sent");
        });
    }

    @Test
    void aMemberReadsAndAnswersAndTheSenderSeesIt() throws Exception {
        Network net = network();
        String memberB = memberAccount(net.x(), net.b());
        long poll = call(DISTRICT, () -> notices.send(notice(net.street(), NoticeKind.POLL)));
        run(memberB, () -> {
            assertEquals(1, members.countUnread());
            MyNoticeRow row = members.mine(0, 10).get(0);
            assertEquals(poll, row.id());
            assertTrue(row.unread());
            MyNotice opened = members.open(poll);
            assertTrue(opened.mayAnswer());
            assertEquals(0, members.countUnread(), "opening it marks it read");
            assertEquals("answer", refusal(() -> members.answer(poll, 7, null)));
            MyNotice answered = members.answer(poll, 1, "  周六下午方便  ");
            assertEquals(1, answered.answer());
            assertEquals("周六下午方便", answered.comment());
            assertNotNull(answered.answeredAt());
        });
        run(DISTRICT, () -> {
            NoticeView view = notices.view(poll);
            assertEquals(1, view.read());
            assertEquals(1, view.answered());
            assertEquals(List.of(0L, 1L), view.options().stream().map(NoticeView.OptionCount::count).toList());
            List<ReceiptRow> unread = notices.receipts(poll, ReceiptFilter.UNREAD, 0, 10);
            assertEquals(2, unread.size());
            assertEquals(2, notices.countReceipts(poll, ReceiptFilter.UNANSWERED));
            ReceiptRow b = notices.receipts(poll, ReceiptFilter.ALL, 0, 10).stream()
                    .filter(r -> r.answer() != null).findFirst().orElseThrow();
            assertEquals(view.options().get(1).label(), b.answerLabel());
            assertNull(notices.receipts(poll, ReceiptFilter.UNANSWERED, 0, 10).get(0).answer());
        });
    }

    @Test
    void aMemberSeesOnlyWhatWasSentToHerAndANoticeTakesNoAnswer() throws Exception {
        Network net = network();
        String memberC = memberAccount(net.y(), net.c());
        long toX = call(DISTRICT, () -> notices.send(notice(net.x(), NoticeKind.NOTICE)));
        long toAll = call(DISTRICT, () -> notices.send(notice(net.street(), NoticeKind.NOTICE)));
        run(memberC, () -> {
            assertEquals(List.of(toAll), members.mine(0, 10).stream().map(MyNoticeRow::id).toList());
            assertThrows(RecordNotFoundException.class, () -> members.open(toX));
            members.open(toAll);
            assertThrows(BusinessRuleException.class, () -> members.answer(toAll, 0, null));
            assertThrows(AccessDeniedException.class, () -> notices.notices(null, 0, 10), "the portal only");
            assertThrows(AccessDeniedException.class, () -> units.scopeRoot());
        });
        assertThrows(AccessDeniedException.class, () -> run(DISTRICT, () -> members.mine(0, 10)), "no member account");
    }

    @Test
    void sendingAndReadingStayWithinTheUsersScope() throws Exception {
        Network net = network();
        long id = call(DISTRICT, () -> notices.send(notice(net.street(), NoticeKind.NOTICE)));
        run("guanyinqiao", () -> assertThrows(RecordNotFoundException.class, () -> notices.view(id)));
        run("shimahe", () -> {
            assertThrows(RecordNotFoundException.class, () -> notices.send(notice(net.street(), NoticeKind.NOTICE)));
            assertThrows(RecordNotFoundException.class, () -> notices.receipts(id, ReceiptFilter.ALL, 0, 10));
        });
        run("viewer", () -> {
            assertThrows(AccessDeniedException.class, () -> notices.send(notice(net.street(), NoticeKind.NOTICE)));
            assertEquals(3, notices.view(id).recipients(), "read-only users read");
        });
    }

    @Test
    void anExecutiveMembersAccountIsLinkedToHerOwnPersonRecordOnce() throws Exception {
        Network net = network();
        run(DISTRICT, () -> {
            NewUserForm unlinked = TestData.newUser(TestData.newUsername(), net.x(), Role.EXECUTIVE_MEMBER, PASSWORD);
            assertEquals("person", refusal(() -> accounts.createUser(unlinked)));
            NewUserForm elsewhere = TestData.newUser(TestData.newUsername(), net.x(), Role.EXECUTIVE_MEMBER, PASSWORD);
            elsewhere.setPersonId(net.c());
            assertEquals("person", refusal(() -> accounts.createUser(elsewhere)), "C belongs to Y");
        });
        memberAccount(net.x(), net.b());
        run(DISTRICT, () -> {
            NewUserForm again = TestData.newUser(TestData.newUsername(), net.x(), Role.EXECUTIVE_MEMBER, PASSWORD);
            again.setPersonId(net.b());
            assertEquals("person", refusal(() -> accounts.createUser(again)));
        });
    }

    private Network network() throws Exception {
        long district = TestData.unitId(units, "江北区妇联");
        return call(DISTRICT, () -> {
            long street = unitChanges.create(TestData.unitForm(district, unique("通知街道"), UnitType.STREET));
            long x = unitChanges.create(TestData.unitForm(street, unique("通知社区X"), UnitType.COMMUNITY));
            long y = unitChanges.create(TestData.unitForm(street, unique("通知社区Y"), UnitType.COMMUNITY));
            long a = person(x);
            long b = person(x);
            long c = person(y);
            long d = person(x);
            long pastX = terms.createTerm(TestData.termForm(x, TODAY.minusYears(6), TODAY.minusYears(1)));
            long currentX = terms.createTerm(TestData.termForm(x, TODAY.minusYears(1).plusDays(1), TODAY.plusYears(4)));
            long currentY = terms.createTerm(TestData.termForm(y, TODAY.minusMonths(6), TODAY.plusYears(4)));
            terms.addHolder(pastX, d, Position.CHAIR);
            terms.addHolder(currentX, a, Position.CHAIR);
            terms.addHolder(currentX, b, Position.EXECUTIVE_MEMBER);
            terms.addHolder(currentY, a, Position.EXECUTIVE_MEMBER);
            terms.addHolder(currentY, c, Position.EXECUTIVE_MEMBER);
            return new Network(street, x, y, a, b, c, d);
        });
    }

    private long person(long unit) {
        return people.create(TestData.personForm(unit, unique("执委")));
    }

    private String memberAccount(long unit, long person) throws Exception {
        String username = TestData.newUsername();
        NewUserForm form = TestData.newUser(username, unit, Role.EXECUTIVE_MEMBER, PASSWORD);
        form.setPersonId(person);
        run(DISTRICT, () -> accounts.createUser(form));
        return username;
    }

    private static NoticeForm notice(long audience, NoticeKind kind) {
        NoticeForm form = new NoticeForm();
        form.setKind(kind);
        form.setAudienceUnitId(audience);
        form.setTitle(unique(kind == NoticeKind.POLL ? "意见征集" : "通知"));
        form.setBody("请各位执委按时参加。");
        form.setOptions(new java.util.ArrayList<>(List.of(new NoticeForm.Option("周六上午"), new NoticeForm.Option("周六下午"))));
        form.setClosesOn(TODAY.plusDays(7));
        return form;
    }

}
