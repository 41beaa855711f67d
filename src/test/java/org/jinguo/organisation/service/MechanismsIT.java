package org.jinguo.organisation.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.refusal;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.organisation.model.ContactChannel;
import org.jinguo.organisation.model.DecisionStatus;
import org.jinguo.organisation.model.Position;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.UnitChanges;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.vocabulary.ServiceLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The executive-member mechanisms: council meetings and decisions, the duty rota, resident contacts and their log. */
@ExtendWith(ArquillianExtension.class)
class MechanismsIT {

    private static final String ADMIN = "guanyinqiao";
    private static final LocalDate TODAY = Beijing.today();

    @Inject
    CouncilService council;
    @Inject
    DutyService duty;
    @Inject
    ContactService contacts;
    @Inject
    TermService terms;
    @Inject
    UnitDirectory units;

    @Inject
    UnitChanges unitChanges;
    @Inject
    PersonService people;

    /** A new community of Guanyinqiao with a current term: chair A and member B; R is a resident. */
    private record Council(long unit, long a, long b, long r) {
    }

    @Test
    void aMeetingKeepsItsAttendeesAndDecisionsAndOpenDecisionsAreFollowedUp() throws Exception {
        Council c = council();
        run(ADMIN, () -> {
            CouncilService.MeetingForm form = meeting(c, Set.of(c.a(), c.b()));
            CouncilService.DecisionForm late = new CouncilService.DecisionForm();
            late.setText("走访辖区困难家庭");
            late.setResponsible("张");
            late.setDueOn(TODAY.minusDays(1));
            CouncilService.DecisionForm blank = new CouncilService.DecisionForm();
            form.setDecisions(new java.util.ArrayList<>(List.of(late, blank)));
            long id = council.record(form);
            CouncilService.MeetingView view = council.meeting(id);
            assertEquals(2, view.attendees().size());
            assertEquals(1, view.decisions().size(), "a decision row without text is left out");
            assertTrue(view.decisions().get(0).overdue());
            long street = TestData.unitId(units, "观音桥街道妇联");
            assertTrue(council.openDecisions(street, 0, 200).stream().anyMatch(d -> d.id() == view.decisions().get(0).id()),
                    "the street sees its communities' open decisions");
            council.followUp(view.decisions().get(0).id(), DecisionStatus.DONE, "已走访 12 户");
            assertEquals(DecisionStatus.DONE, council.meeting(id).decisions().get(0).status());
            assertEquals(0, council.countOpenDecisions(c.unit()));
            assertEquals(1, council.countMeetings(c.unit()));
            assertEquals("attendees", refusal(() -> council.record(meeting(c, Set.of()))));
        });
        run("shimahe", () -> assertThrows(RecordNotFoundException.class, () -> council.meetings(c.unit(), 0, 10)));
    }

    @Test
    void onlyCurrentOfficeHoldersTakeShiftsAndNobodyIsOnTwoPostsAtOnce() throws Exception {
        Council c = council();
        run(ADMIN, () -> {
            duty.addShift(shift(c.unit(), c.a(), DayOfWeek.TUESDAY, 9, 11));
            duty.addShift(shift(c.unit(), c.b(), DayOfWeek.TUESDAY, 9, 11));
            duty.addShift(shift(c.unit(), c.a(), DayOfWeek.TUESDAY, 11, 12));
            assertEquals("startsAt", refusal(() -> duty.addShift(shift(c.unit(), c.a(), DayOfWeek.TUESDAY, 10, 12))));
            assertEquals("endsAt", refusal(() -> duty.addShift(shift(c.unit(), c.b(), DayOfWeek.FRIDAY, 12, 9))));
            assertEquals("person", refusal(() -> duty.addShift(shift(c.unit(), c.r(), DayOfWeek.FRIDAY, 9, 10))));
            List<DutyService.ShiftRow> week = duty.week(c.unit());
            assertEquals(3, week.size());
            assertEquals(List.of(9, 9, 11), week.stream().map(s -> s.startsAt().getHour()).toList(), "by day and time");
            duty.removeShift(week.get(2).id());
            assertEquals(2, duty.week(c.unit()).size());
        });
    }

    @Test
    void aMemberKeepsInTouchWithResidentsAndTheNeedsRaisedAreKept() throws Exception {
        Council c = council();
        run(ADMIN, () -> {
            long contact = contacts.addContact(c.unit(), c.b(), c.r(), "独居老人，女儿在外地");
            assertEquals("resident", refusal(() -> contacts.addContact(c.unit(), c.b(), c.r(), null)));
            assertEquals("member", refusal(() -> contacts.addContact(c.unit(), c.r(), c.a(), null)), "R holds no office");
            assertEquals("resident", refusal(() -> contacts.addContact(c.unit(), c.b(), c.b(), null)));
            ContactService.LogForm visit = new ContactService.LogForm();
            visit.setContactedOn(TODAY);
            visit.setChannel(ContactChannel.VISIT);
            visit.setNeed("希望参加家政技能培训");
            assertEquals("needLine", refusal(() -> contacts.addLog(contact, visit)));
            visit.setNeedLine(ServiceLine.ENTREPRENEURSHIP);
            contacts.addLog(contact, visit);
            ContactService.LogForm call = new ContactService.LogForm();
            call.setContactedOn(TODAY.minusDays(3));
            call.setChannel(ContactChannel.PHONE);
            contacts.addLog(contact, call);
            List<ContactService.LogRow> log = contacts.log(contact);
            assertEquals(List.of(ContactChannel.VISIT, ContactChannel.PHONE), log.stream().map(ContactService.LogRow::channel).toList());
            ContactService.ContactRow row = contacts.contacts(c.unit(), null, 0, 10).get(0);
            assertEquals(2, row.contacts());
            assertEquals(1, row.needs());
            assertEquals(TODAY, row.lastContact());
            assertEquals(1, contacts.countContacts(c.unit(), people.view(c.r()).name()), "found by the resident's name");
            assertEquals(0, contacts.countContacts(c.unit(), "无此人"));
        });
    }

    private Council council() throws Exception {
        long street = TestData.unitId(units, "观音桥街道妇联");
        return call(ADMIN, () -> {
            long unit = unitChanges.create(TestData.unitForm(street, unique("履职社区"), UnitType.COMMUNITY));
            long a = people.create(TestData.personForm(unit, unique("主席")));
            long b = people.create(TestData.personForm(unit, unique("执委")));
            long r = people.create(TestData.personForm(unit, unique("居民")));
            long term = terms.createTerm(TestData.termForm(unit, TODAY.minusMonths(3), TODAY.plusYears(5)));
            terms.addHolder(term, a, Position.CHAIR);
            terms.addHolder(term, b, Position.EXECUTIVE_MEMBER);
            return new Council(unit, a, b, r);
        });
    }

    private static CouncilService.MeetingForm meeting(Council c, Set<Long> attendees) {
        CouncilService.MeetingForm form = new CouncilService.MeetingForm();
        form.setUnitId(c.unit());
        form.setHeldOn(TODAY);
        form.setTopic(unique("执委会议"));
        form.setAttendeeIds(new java.util.HashSet<>(attendees));
        return form;
    }

    private static DutyService.ShiftForm shift(long unit, long person, DayOfWeek day, int from, int to) {
        DutyService.ShiftForm form = new DutyService.ShiftForm();
        form.setUnitId(unit);
        form.setPersonId(person);
        form.setPost("党群服务站妇女之家");
        form.setDay(day);
        form.setStartsAt(LocalTime.of(from, 0));
        form.setEndsAt(LocalTime.of(to, 0));
        return form;
    }

}
