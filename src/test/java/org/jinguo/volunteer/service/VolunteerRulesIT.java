// Longer than 300 lines on purpose: the rules of volunteering (offers, teams, sign-ups and the waiting list, check-in, hours) share one set of helpers that make a community, a volunteer and an activity.
package org.jinguo.volunteer.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.refusal;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.admin.service.AuditFilter;
import org.jinguo.admin.service.AuditRow;
import org.jinguo.admin.service.AuditService;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.audit.AuditAction;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.security.UserDirectory;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.JinguoException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.i18n.Messages;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.UnitChanges;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.DayPart;
import org.jinguo.volunteer.model.HoursStatus;
import org.jinguo.volunteer.model.SignupStatus;
import org.jinguo.volunteer.model.ApplicationStatus;
import org.jinguo.volunteer.model.Skill;
import org.jinguo.volunteer.model.Slot;
import org.jinguo.volunteer.model.VolunteerStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The volunteer rules: the waiting list, weekly series, hours from check-in to approval and totals, the
 * ranking and its reasons, the public sign-up and the volunteer's own portal, and who sees what.
 */
@ExtendWith(ArquillianExtension.class)
class VolunteerRulesIT {

    private static final String ADMIN = "guanyinqiao";

    @Inject
    VolunteerService volunteers;
    @Inject
    ActivityService activities;
    @Inject
    HoursService hours;
    @Inject
    VolunteerDashboard dashboard;
    @Inject
    MatchingService matching;
    @Inject
    TeamService teams;
    @Inject
    PublicSignUpService signUp;
    @Inject
    VolunteerPortalService portal;
    @Inject
    CampaignService campaigns;
    @Inject
    VolunteerImport importer;
    @Inject
    UnitDirectory units;
    @Inject
    AuditService audit;

    @Inject
    UnitChanges unitChanges;
    @Inject
    PersonService people;
    @Inject
    PortalAccountService portalAccounts;
    @Inject
    UserDirectory directory;

    @Test
    void thePickerOffersAtMostTwentyActiveVolunteersByName() throws Exception {
        long unit = community(ADMIN, "观音桥街道妇联");
        run(ADMIN, () -> {
            List<Long> ids = volunteers(unit, VolunteerService.PICKER_ROWS + 3, EnumSet.of(Skill.COOKING),
                    EnumSet.noneOf(ServiceLine.class), Set.of());
            volunteers.changeStatus(ids.get(0), VolunteerStatus.INACTIVE, "外出务工");
            List<VolunteerService.VolunteerRow> offered = volunteers.candidates(unit, "志愿者");
            assertEquals(VolunteerService.PICKER_ROWS, offered.size(), "twenty of the twenty-two that match");
            assertFalse(offered.stream().anyMatch(row -> row.id() == ids.get(0)), "an inactive volunteer is not offered");
            List<String> names = offered.stream().map(VolunteerService.VolunteerRow::name).toList();
            assertEquals(names.stream().sorted(java.text.Collator.getInstance(Locale.CHINA)).toList(), names, "by name");
            String one = volunteers.row(ids.get(1)).name();
            assertEquals(List.of(ids.get(1)), volunteers.candidates(unit, one).stream()
                    .map(VolunteerService.VolunteerRow::id).toList(), "her whole name finds her");
        });
    }

    @Test
    void theWaitingListMovesUpInOrderWhenAPlaceFrees() throws Exception {
        long unit = community(ADMIN, "观音桥街道妇联");
        run(ADMIN, () -> {
            List<Long> v = volunteers(unit, 5, EnumSet.of(Skill.COOKING), EnumSet.noneOf(ServiceLine.class), Set.of());
            long activity = activities.create(activity(unit, Beijing.today().plusDays(3), 9, 11, 2, 1)).get(0);
            assertEquals(SignupStatus.CONFIRMED, activities.signUp(activity, v.get(0)));
            assertEquals(SignupStatus.CONFIRMED, activities.signUp(activity, v.get(1)));
            assertEquals(SignupStatus.WAITING, activities.signUp(activity, v.get(2)));
            assertEquals(SignupStatus.WAITING, activities.signUp(activity, v.get(3)));
            assertEquals("volunteer", refusal(() -> activities.signUp(activity, v.get(2))), "once on the list");
            ActivityService.ActivityView view = activities.view(activity);
            assertEquals(2, view.row().confirmed());
            assertEquals(2, view.row().waiting());

            Optional<String> promoted = activities.cancelSignup(signupOf(activity, v.get(0)));
            assertEquals(Optional.of(volunteers.view(v.get(2)).name()), promoted, "the first in the queue moves up");
            assertEquals(SignupStatus.CONFIRMED, statusOf(activity, v.get(2)));
            assertEquals(SignupStatus.WAITING, statusOf(activity, v.get(3)));
            assertEquals(Optional.empty(), activities.cancelSignup(signupOf(activity, v.get(3))),
                    "a waiting volunteer leaving frees no place");
            assertEquals(SignupStatus.WAITING, activities.signUp(activity, v.get(0)), "signing up again queues her anew");

            long clash = activities.create(activity(unit, Beijing.today().plusDays(3), 10, 12, 5, 1)).get(0);
            assertEquals("volunteer", refusal(() -> activities.signUp(clash, v.get(1))), "no two places at once");
            assertEquals(SignupStatus.CONFIRMED, activities.signUp(clash, v.get(4)));
        });
    }

    @Test
    void aWeeklySeriesIsOneActivityPerDateAndCancelsFromADateOn() throws Exception {
        long unit = community(ADMIN, "观音桥街道妇联");
        run(ADMIN, () -> {
            LocalDate first = Beijing.today().plusDays(1);
            ActivityForm form = activity(unit, first, 14, 16, 10, 4);
            form.setEveryWeeks(2);
            List<Long> ids = activities.create(form);
            assertEquals(4, ids.size());
            List<ActivityService.ActivityRow> rows = activities.list(
                    new ActivityService.ActivityFilter(form.getTitle(), unit, null, null, null, false), 0, 10, Sorting.NONE);
            assertEquals(List.of(first, first.plusWeeks(2), first.plusWeeks(4), first.plusWeeks(6)),
                    rows.stream().map(ActivityService.ActivityRow::heldOn).toList());
            assertTrue(rows.stream().allMatch(r -> ids.get(0).equals(r.seriesId())), "one series");
            assertEquals(3, activities.view(ids.get(0)).seriesLeft());

            assertEquals(3, activities.cancel(ids.get(1), true), "this date and the later ones");
            assertEquals(1, activities.count(new ActivityService.ActivityFilter(form.getTitle(), unit, null, null, null, false)));
            assertEquals(4, activities.count(new ActivityService.ActivityFilter(form.getTitle(), unit, null, null, null, true)));
            long late = volunteers(unit, 1, EnumSet.of(Skill.COOKING), EnumSet.noneOf(ServiceLine.class), Set.of()).get(0);
            assertEquals("signup.activityCancelled", messageOf(() -> activities.signUp(ids.get(2), late)));

            ActivityForm backwards = activity(unit, first, 16, 14, 10, 1);
            assertEquals("endsAt", refusal(() -> activities.create(backwards)));
            ActivityForm tooFew = activity(unit, first, 9, 10, 3, 1);
            tooFew.setMinNeeded(5);
            assertEquals("maxNeeded", refusal(() -> activities.create(tooFew)));
            assertEquals("heldOn", refusal(() -> activities.create(activity(unit, Beijing.today().minusDays(1), 9, 10, 3, 1))));
        });
    }

    @Test
    void hoursCountOnceApprovedAndTotalsAddThemUp() throws Exception {
        long unit = community(ADMIN, "观音桥街道妇联");
        run(ADMIN, () -> {
            List<Long> v = volunteers(unit, 2, EnumSet.of(Skill.NURSING), EnumSet.noneOf(ServiceLine.class), Set.of());
            LocalTime now = Beijing.now().toLocalTime();
            LocalTime starts = now.getHour() == 0 ? LocalTime.MIDNIGHT : LocalTime.of(now.getHour() - 1, 0);
            LocalTime ends = starts.isAfter(LocalTime.of(20, 0)) ? LocalTime.of(23, 59) : starts.plusHours(3);
            ActivityForm form = activity(unit, Beijing.today(), 0, 1, 5, 1);
            form.setStartsAt(starts);
            form.setEndsAt(ends);
            long activity = activities.create(form).get(0);
            activities.signUp(activity, v.get(0));
            activities.signUp(activity, v.get(1));
            activities.scan(signupOf(activity, v.get(0)));
            activities.scan(signupOf(activity, v.get(0)));
            activities.attended(signupOf(activity, v.get(1)));
            assertEquals("activity", refusal(() -> hours.report(v.get(1), activity, Beijing.today(), 60, null)),
                    "one record per volunteer and activity");

            List<HoursService.HoursRow> pending = hours.list(
                    new HoursService.HoursFilter(unit, HoursStatus.PENDING, null), 0, 10);
            assertEquals(2, pending.size());
            HoursService.HoursRow scanned = pending.stream().filter(h -> h.volunteerId() == v.get(0)).findFirst().orElseThrow();
            HoursService.HoursRow whole = pending.stream().filter(h -> h.volunteerId() == v.get(1)).findFirst().orElseThrow();
            assertEquals(30, scanned.minutes(), "minutes apart round up to half an hour");
            assertEquals((int) java.time.Duration.between(starts, ends).toMinutes(), whole.minutes(), "the whole activity");

            assertEquals("reason", refusal(() -> hours.decide(scanned.id(), false, " ")));
            hours.decide(scanned.id(), false, "未实际参加");
            hours.decide(whole.id(), true, null);
            assertNull(refusal(() -> hours.decide(whole.id(), true, null)), "decided once");

            long reported = hours.report(v.get(0), null, Beijing.today().minusDays(2), 90, "社区敬老院陪护");
            assertEquals("servedOn", refusal(() -> hours.report(v.get(0), null, Beijing.today().plusDays(1), 60, "明天")));
            assertEquals("hours", refusal(() -> hours.report(v.get(0), null, Beijing.today(), 15, "太短")));
            assertEquals("description", refusal(() -> hours.report(v.get(0), null, Beijing.today(), 60, " ")));
            hours.decide(reported, true, null);

            LocalDate from = Beijing.today().minusDays(7);
            List<HoursService.TotalRow> totals = hours.totals(unit, HoursService.TotalsBy.VOLUNTEER, from, Beijing.today(), 0, 10);
            assertEquals(List.of(whole.minutes() > 90 ? v.get(1) : v.get(0), whole.minutes() > 90 ? v.get(0) : v.get(1)),
                    totals.stream().map(HoursService.TotalRow::id).toList(), "most hours first");
            assertEquals(90, totals.stream().filter(t -> t.id() == v.get(0)).findFirst().orElseThrow().minutes(),
                    "the declined check-in does not count");
            assertEquals(2, hours.countTotals(unit, HoursService.TotalsBy.VOLUNTEER, from, Beijing.today()));
            assertEquals(whole.minutes() + 90L, hours.totals(unit, HoursService.TotalsBy.UNIT, from, Beijing.today(), 0, 10)
                    .get(0).minutes());
            assertEquals(90, volunteers.view(v.get(0)).approvedMinutes());
            assertEquals(1, volunteers.view(v.get(1)).reliability().attended());

            // the dashboards read the monthly table the approvals keep (HoursTally), not the records: the same figures
            int year = Beijing.today().getYear();
            long thisYear = whole.minutes() + (Beijing.today().minusDays(2).getYear() == year ? 90 : 0);
            MonthlyHours monthly = hours.monthly(unit, year);
            assertEquals(thisYear, monthly.minutes().stream().flatMapToLong(java.util.Arrays::stream).sum(),
                    "approved minutes of the year by month, the declined check-in left out");
            assertEquals(whole.minutes() + (Beijing.today().minusDays(2).getMonthValue() == Beijing.today().getMonthValue()
                    ? 90 : 0), monthly.minutes().get(0)[Beijing.today().getMonthValue() - 1], "in the month they were served");
            assertEquals(thisYear, dashboard.figures(unit, year).total().minutes());

            byte[] pdf = hours.certificate(v.get(1));
            assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
            long none = volunteers(unit, 1, EnumSet.of(Skill.COOKING), EnumSet.noneOf(ServiceLine.class), Set.of()).get(0);
            assertEquals("certificate.noHours", messageOf(() -> hours.certificate(none)));
        });
    }

    @Test
    void pendingHoursAreDecidedTogetherAllOrNoneAndTheDatesFilterTheQueue() throws Exception {
        long unit = community(ADMIN, "观音桥街道妇联");
        long elsewhere = community("district", "石马河街道妇联");
        long foreign = call("shimahe", () -> {
            long v = volunteers(elsewhere, 1, EnumSet.of(Skill.COOKING), EnumSet.noneOf(ServiceLine.class), Set.of()).get(0);
            return hours.report(v, null, Beijing.today().minusDays(1), 60, "石马河的时长");
        });
        run(ADMIN, () -> {
            List<Long> v = volunteers(unit, 3, EnumSet.of(Skill.COOKING), EnumSet.noneOf(ServiceLine.class), Set.of());
            long recent = hours.report(v.get(0), null, Beijing.today().minusDays(1), 60, "社区助餐");
            long older = hours.report(v.get(1), null, Beijing.today().minusDays(20), 90, "社区助餐");
            long third = hours.report(v.get(2), null, Beijing.today().minusDays(2), 120, "社区助餐");

            HoursService.HoursFilter lastWeek = new HoursService.HoursFilter(unit, HoursStatus.PENDING, null,
                    Beijing.today().minusDays(7), Beijing.today());
            assertEquals(List.of(recent, third), hours.list(lastWeek, 0, 10).stream().map(HoursService.HoursRow::id).toList(),
                    "the queue holds only the days asked for");
            assertEquals(2, hours.count(lastWeek));
            assertEquals(3, hours.count(new HoursService.HoursFilter(unit, HoursStatus.PENDING, null)));
            String thirdsName = volunteers.view(v.get(2)).name();
            assertEquals(List.of(third), hours.list(new HoursService.HoursFilter(unit, HoursStatus.PENDING,
                    thirdsName.substring(thirdsName.length() - 5)), 0, 10).stream().map(HoursService.HoursRow::id).toList(),
                    "the queue filtered by a part of the volunteer's name");

            assertThrows(JinguoException.class, () -> hours.decideAll(List.of(recent, foreign), true, null),
                    "another street's record stops the batch");
            assertEquals(3, hours.count(new HoursService.HoursFilter(unit, HoursStatus.PENDING, null)),
                    "and nothing of it was decided");
            assertEquals("reason", refusal(() -> hours.decideAll(List.of(recent, older), false, "")));
            assertEquals(2, hours.decideAll(List.of(recent, older), true, null));
            // one batch, one or two months: each month's row gets its own records' minutes (HoursTally)
            LocalDate day1 = Beijing.today().minusDays(1);
            LocalDate day20 = Beijing.today().minusDays(20);
            MonthlyHours monthly = hours.monthly(unit, day1.getYear());
            assertEquals(60 + (day20.getMonthValue() == day1.getMonthValue() ? 90 : 0),
                    monthly.minutes().get(0)[day1.getMonthValue() - 1], "the month of the recent record");
            assertEquals(60 + (day20.getYear() == day1.getYear() ? 90 : 0),
                    monthly.minutes().stream().flatMapToLong(java.util.Arrays::stream).sum(), "the batch's year");
            assertNull(refusal(() -> hours.decideAll(List.of(third, recent), true, null)),
                    "a record decided meanwhile stops the batch with a message");
            assertEquals(1, hours.count(new HoursService.HoursFilter(unit, HoursStatus.PENDING, null)), "third still waits");
            assertEquals(1, hours.decideAll(List.of(third), false, "重复申报"));

            LocalDate from = Beijing.today().minusDays(30);
            assertEquals(new HoursService.Sum(150, 2), hours.sumTotals(unit, HoursService.TotalsBy.VOLUNTEER, from, Beijing.today()),
                    "the totals' sum holds the approved records only");
            // whole months come from the monthly table, the days a period cuts from the records: the same sums
            LocalDate monthOfOlder = day20.withDayOfMonth(1);
            assertEquals(new HoursService.Sum(150, 2), hours.sumTotals(unit, HoursService.TotalsBy.VOLUNTEER, monthOfOlder,
                    Beijing.today()), "from the first of a month");
            assertEquals(new HoursService.Sum(150, 2), hours.sumTotals(unit, HoursService.TotalsBy.VOLUNTEER, monthOfOlder,
                    day1.withDayOfMonth(day1.lengthOfMonth())), "whole months only");
            assertEquals(new HoursService.Sum(60, 1), hours.sumTotals(unit, HoursService.TotalsBy.VOLUNTEER,
                    day20.plusDays(1), day1.withDayOfMonth(day1.lengthOfMonth()).plusMonths(1)),
                    "a cut first month, a whole one or two, none of the older record");
            assertEquals(new HoursService.Sum(60, 1), hours.sumTotals(unit, HoursService.TotalsBy.VOLUNTEER, day1, day1),
                    "one day");
            assertEquals(new HoursService.Sum(0, 0), hours.sumTotals(unit, HoursService.TotalsBy.TEAM, from, Beijing.today()),
                    "by team, records of no team are not in the sum, as they are in no row");
        });
    }

    @Test
    void volunteersRankByFitAndTheReasonsAddUp() throws Exception {
        long street = call("district", () -> unitChanges.create(TestData.unitForm(
                TestData.unitId(units, "江北区妇联"), unique("匹配街道"), UnitType.STREET)));
        long home = community("district", street);
        long next = community("district", street);
        run("district", () -> {
            LocalDate day = Beijing.today().plusDays(9);
            Slot when = new Slot(day.getDayOfWeek(), DayPart.MORNING);
            Set<String> free = Set.of(when.key());
            long best = volunteers(home, 1, EnumSet.of(Skill.LAW, Skill.COUNSELLING), EnumSet.of(ServiceLine.LEGAL_RIGHTS), free).get(0);
            long half = volunteers(home, 1, EnumSet.of(Skill.LAW, Skill.COOKING), EnumSet.noneOf(ServiceLine.class), Set.of()).get(0);
            long far = volunteers(next, 1, EnumSet.of(Skill.LAW, Skill.COUNSELLING), EnumSet.of(ServiceLine.LEGAL_RIGHTS), free).get(0);
            long none = volunteers(home, 1, EnumSet.of(Skill.DRIVING), EnumSet.noneOf(ServiceLine.class), Set.of()).get(0);
            ActivityForm form = activity(home, day, 9, 11, 3, 1);
            form.setLine(ServiceLine.LEGAL_RIGHTS);
            form.setSkills(EnumSet.of(Skill.LAW, Skill.COUNSELLING));
            long activity = activities.create(form).get(0);

            List<MatchingService.Match> ranked = matching.rank(activity, 20);
            assertEquals(List.of(best, far, half, none), ranked.stream().map(MatchingService.Match::volunteerId).toList());
            MatchingService.Match top = ranked.get(0);
            assertEquals(List.of(40, 15, 15, 15, 8), List.of(top.skillPoints(), top.linePoints(), top.placePoints(),
                    top.timePoints(), top.reliabilityPoints()));
            assertEquals(93, top.score());
            assertEquals(EnumSet.of(Skill.LAW, Skill.COUNSELLING), top.matchedSkills());
            assertEquals(5, ranked.get(1).placePoints(), "the next community is nearby, not home");
            assertEquals(20, ranked.get(2).skillPoints(), "one of the two skills");
            for (MatchingService.Match m : ranked) {
                assertEquals(m.score(), m.skillPoints() + m.linePoints() + m.placePoints() + m.timePoints()
                        + m.reliabilityPoints(), "the reasons add up to the score");
            }

            assertEquals(1, activities.invite(activity, List.of(best)));
            assertEquals(0, activities.invite(activity, List.of(best)), "invited already: not counted again");
            assertEquals(SignupStatus.INVITED, statusOf(activity, best));
            assertFalse(matching.rank(activity, 20).stream().anyMatch(m -> m.volunteerId() == best), "invited: left out");
        });
    }

    @Test
    void aWomanSignsUpHerselfAndUsesHerPortalOnceApproved() throws Exception {
        long unit = community(ADMIN, "观音桥街道妇联");
        String username = TestData.newUsername();
        JoinForm join = new JoinForm();
        join.setName(unique("报名"));
        join.setIdCard(TestData.idCardNumber(TestData.randomBirthDate()));
        join.setPhone("13912345678");
        join.setCommunityId(unit);
        join.setSkills(EnumSet.of(Skill.PERFORMING));
        join.setSlots(Set.of("SATURDAY_MORNING"));
        join.setUsername(username);
        join.setPassword("Volunteer#2026");
        join.setConsent(true);
        long id = signUp.apply(join);
        join.setUsername(TestData.newUsername());
        assertEquals("idCard", refusal(() -> signUp.apply(join)), "once per person");
        join.setIdCard(TestData.idCardNumber(TestData.randomBirthDate()));
        join.setUsername(username);
        assertEquals("username", refusal(() -> signUp.apply(join)));
        JoinForm elsewhere = join;
        elsewhere.setUsername(TestData.newUsername());
        elsewhere.setCommunityId(TestData.unitId(units, "观音桥街道妇联"));
        assertEquals("communityId", refusal(() -> signUp.apply(elsewhere)), "a community, not a street");

        long activity = call(ADMIN, () -> {
            assertEquals(VolunteerStatus.APPLICANT, volunteers.view(id).status());
            return activities.create(activity(unit, Beijing.today().plusDays(2), 9, 10, 1, 1)).get(0);
        });
        run(username, () -> {
            assertEquals(VolunteerStatus.APPLICANT, portal.profile().status());
            assertEquals("volunteer", refusal(() -> portal.signUp(activity)), "not before she is approved");
            assertThrows(AccessDeniedException.class, () -> volunteers.count(new VolunteerFilter()), "staff pages are not hers");
        });
        run(ADMIN, () -> {
            assertEquals("reason", refusal(() -> volunteers.changeStatus(id, VolunteerStatus.REJECTED, null)));
            volunteers.changeStatus(id, VolunteerStatus.ACTIVE, null);
        });
        run(username, () -> {
            assertTrue(portal.open(0, 50).stream().anyMatch(a -> a.id() == activity), "activities near her");
            assertEquals(SignupStatus.CONFIRMED, portal.signUp(activity));
            assertEquals(1, portal.countSignedUp());
            portal.cancel(activity);
            assertEquals(0, portal.countSignedUp());
            assertThrows(RecordNotFoundException.class, () -> portal.scan("no-such-token"));
        });
    }

    @Test
    void staffSeeOnlyTheVolunteersAndActivitiesOfTheirUnits() throws Exception {
        long unit = community(ADMIN, "观音桥街道妇联");
        long[] ids = call(ADMIN, () -> {
            long v = volunteers(unit, 1, EnumSet.of(Skill.COOKING), EnumSet.noneOf(ServiceLine.class), Set.of()).get(0);
            long a = activities.create(activity(unit, Beijing.today().plusDays(5), 9, 10, 3, 1)).get(0);
            TeamForm team = new TeamForm();
            team.setUnitId(unit);
            team.setName(unique("巾帼志愿服务队"));
            team.setLine(ServiceLine.VOLUNTEERING);
            team.setLeaderId(v);
            long t = teams.create(team);
            return new long[] {v, a, t};
        });
        run("shimahe", () -> {
            assertThrows(RecordNotFoundException.class, () -> volunteers.view(ids[0]));
            assertThrows(RecordNotFoundException.class, () -> activities.view(ids[1]));
            assertThrows(RecordNotFoundException.class, () -> teams.view(ids[2]));
            assertThrows(RecordNotFoundException.class, () -> matching.rank(ids[1], 5));
            VolunteerFilter filter = new VolunteerFilter();
            filter.setName(call(ADMIN, () -> volunteers.view(ids[0]).name()));
            assertEquals(0, volunteers.count(filter));
        });
        run("viewer", () -> {
            assertEquals(1, teams.view(ids[2]).members().size(), "the district reads everything");
            assertThrows(AccessDeniedException.class, () -> activities.signUp(ids[1], ids[0]), "but changes nothing");
        });
    }

    @Test
    void anAcceptedApplicationJoinsTheTeamOrTakesAPlace() throws Exception {
        long unit = community(ADMIN, "观音桥街道妇联");
        Account she = volunteerWithAccount(unit);
        long[] ids = call(ADMIN, () -> {
            long other = volunteers(unit, 1, EnumSet.of(Skill.COOKING), EnumSet.noneOf(ServiceLine.class), Set.of()).get(0);
            TeamForm team = new TeamForm();
            team.setUnitId(unit);
            team.setName(unique("爱心厨房志愿队"));
            team.setLine(ServiceLine.FAMILY_AID);
            long t = teams.create(team);
            long a = activities.create(activity(unit, Beijing.today().plusDays(4), 9, 11, 1, 1)).get(0);
            activities.signUp(a, other);
            CampaignService.CampaignForm neither = campaign(null, null);
            assertEquals("target", refusal(() -> campaigns.create(neither)));
            CampaignService.CampaignForm late = campaign(t, null);
            late.setDeadline(Beijing.today().minusDays(1));
            assertEquals("deadline", refusal(() -> campaigns.create(late)));
            return new long[] {t, a, campaigns.create(campaign(t, null)), campaigns.create(campaign(null, a))};
        });
        run(she.username(), () -> {
            assertTrue(portal.campaigns().stream().anyMatch(c -> c.id() == ids[2]));
            portal.apply(ids[2], "擅长烹饪");
            assertNull(refusal(() -> portal.apply(ids[2], null)), "once");
            portal.apply(ids[3], null);
        });
        run(ADMIN, () -> {
            List<CampaignService.ApplicationRow> toTeam = campaigns.applications(ids[2]);
            assertEquals(1, toTeam.size());
            assertEquals("擅长烹饪", toTeam.get(0).note());
            campaigns.decide(toTeam.get(0).id(), true);
            assertNull(refusal(() -> campaigns.decide(toTeam.get(0).id(), false)), "decided once");
            assertTrue(teams.view(ids[0]).members().stream().anyMatch(m -> m.id() == she.id()), "she joined the team");
            campaigns.decide(campaigns.applications(ids[3]).get(0).id(), true);
            assertEquals(SignupStatus.WAITING, statusOf(ids[1], she.id()), "the activity is full: she waits");
            assertEquals(1, campaigns.list(null, false, 0, 200).stream().filter(c -> c.id() == ids[2]).findFirst().orElseThrow().accepted());
            String title = campaigns.list(null, false, 0, 200).stream().filter(c -> c.id() == ids[2]).findFirst().orElseThrow().title();
            assertEquals(1, campaigns.count(title, true), "found by its title among the open ones");
            campaigns.close(ids[2]);
            assertEquals(0, campaigns.count(title, true), "closed: no longer open");
        });
    }

    @Test
    void applicationsAreReviewedTogetherAllOrNone() throws Exception {
        long unit = community(ADMIN, "观音桥街道妇联");
        List<Account> women = List.of(volunteerWithAccount(unit), volunteerWithAccount(unit), volunteerWithAccount(unit));
        long[] ids = call(ADMIN, () -> {
            TeamForm team = new TeamForm();
            team.setUnitId(unit);
            team.setName(unique("巾帼宣讲队"));
            team.setLine(ServiceLine.EDUCATION);
            long t = teams.create(team);
            return new long[] {t, campaigns.create(campaign(t, null))};
        });
        for (Account she : women) {
            run(she.username(), () -> portal.apply(ids[1], null));
        }
        run(ADMIN, () -> {
            List<Long> applications = campaigns.applications(ids[1]).stream().map(CampaignService.ApplicationRow::id).toList();
            assertEquals(3, applications.size());
            assertEquals(2, campaigns.decideAll(applications.subList(0, 2), true));
            assertNull(refusal(() -> campaigns.decideAll(applications, false)),
                    "one decided already stops the batch with a message");
            assertEquals(1, campaigns.applications(ids[1]).stream()
                    .filter(a -> a.status() == ApplicationStatus.PENDING).count(), "and nothing of that batch was decided");
            assertEquals(2, teams.view(ids[0]).members().size(), "the two accepted joined the team");
            assertEquals(1, campaigns.decideAll(applications.subList(2, 3), false));
            assertEquals(List.of(ApplicationStatus.ACCEPTED, ApplicationStatus.ACCEPTED, ApplicationStatus.DECLINED),
                    campaigns.applications(ids[1]).stream().sorted(java.util.Comparator.comparing(CampaignService.ApplicationRow::id))
                            .map(CampaignService.ApplicationRow::status).toList());
        });
    }

    @Test
    void staffGiveAVolunteerHerPortalSignInAndANewPasswordWhenSheForgetsHers() throws Exception {
        long unit = community(ADMIN, "观音桥街道妇联");
        Account selfRegistered = volunteerWithAccount(unit);
        String username = TestData.newUsername();
        long registered = call(ADMIN, () -> volunteers(unit, 1, EnumSet.of(Skill.COOKING), EnumSet.noneOf(ServiceLine.class),
                Set.of()).get(0));
        PortalAccountService.GivenSignIn given = call(ADMIN, () -> {
            assertFalse(portalAccounts.access(registered).exists(), "registered by staff: no sign-in yet");
            assertEquals("username", refusal(() -> portalAccounts.open(registered, selfRegistered.username())), "a name taken");
            PortalAccountService.GivenSignIn sheGets = portalAccounts.open(registered, username);
            assertTrue(portalAccounts.access(registered).mustChangePassword());
            assertEquals("username", refusal(() -> portalAccounts.open(registered, TestData.newUsername())), "one each");
            return sheGets;
        });
        assertEquals(username, given.username());
        run(ADMIN, () -> {
            VolunteerForm form = new VolunteerForm();
            long person = people.create(TestData.personForm(unit, unique("志愿者")));
            form.setPersonId(person);
            form.setSkills(EnumSet.of(Skill.COOKING));
            form.setLines(EnumSet.noneOf(ServiceLine.class));
            assertEquals("username", refusal(() -> volunteers.registerWithSignIn(form, username)), "a name taken");
            VolunteerService.Registered again = volunteers.registerWithSignIn(form, TestData.newUsername());
            assertTrue(portalAccounts.access(again.id()).exists(), "the name taken left no volunteer behind: she registers again");
            assertEquals(10, again.signIn().temporaryPassword().length());
        });
        assertTrue(directory.signIn(username, given.temporaryPassword(), "127.0.0.1").orElseThrow().mustChangePassword(),
                "she signs in with the temporary password and must choose her own");

        String fresh = call(ADMIN, () -> portalAccounts.resetPassword(selfRegistered.id()).temporaryPassword());
        assertTrue(directory.signIn(selfRegistered.username(), "Volunteer#2026", "127.0.0.1").isEmpty(), "the old one is gone");
        assertTrue(directory.signIn(selfRegistered.username(), fresh, "127.0.0.1").isPresent());
        assertThrows(JinguoException.class, () -> run("shimahe", () -> portalAccounts.resetPassword(selfRegistered.id())),
                "another street's staff cannot");
    }

    @Test
    void volunteersImportFromExcelWithEveryProblemAtItsRowAndColumn() throws Exception {
        String name = unique("导入社区");
        long unit = call(ADMIN, () -> unitChanges.create(TestData.unitForm(TestData.unitId(units, "观音桥街道妇联"), name,
                UnitType.COMMUNITY)));
        ResourceBundle zh = ResourceBundle.getBundle(Messages.BUNDLE, Locale.SIMPLIFIED_CHINESE);
        List<Object> header = new ArrayList<>(VolunteerImport.COLUMNS.stream().map(zh::getString).toList());
        String id = TestData.idCardNumber(TestData.randomBirthDate());
        String woman = unique("导入");
        byte[] file = TestData.workbook(List.of(header,
                List.of(woman, id, "13800001111", name, "烹饪、养老照护", "家庭互助之桥", "周六上午、星期日下午", "郭家沱"),
                List.of(unique("导入"), TestData.idCardNumber(TestData.randomBirthDate()), "123", name, "烹饪"),
                List.of(unique("导入"), TestData.idCardNumber(TestData.randomBirthDate()), "13800002222", name, "唱歌"),
                List.of(unique("导入"), TestData.idCardNumber(TestData.randomBirthDate()), "13800003333", "无此社区", "烹饪"),
                List.of(unique("导入"), id, "13800004444", name, "烹饪")));
        run(ADMIN, () -> {
            org.jinguo.platform.export.ImportSheet.Preview<VolunteerImport.Row> preview = importer.preview(file);
            assertEquals(5, preview.rows().size());
            assertEquals(1, preview.validCount());
            assertEquals(List.of("3:import.column.mobile:import.mobile.invalid", "4:import.column.skills:import.label.unknown",
                            "5:import.column.community:import.community.unknown", "6:import.column.idCard:import.idCard.repeated"),
                    preview.problems().stream().map(p -> p.row() + ":" + p.column() + ":" + p.messageKey()).toList());
            assertEquals(1, importer.importValid(file));
            VolunteerFilter filter = new VolunteerFilter();
            filter.setName(woman);
            VolunteerService.VolunteerRow row = volunteers.list(filter, 0, 5, Sorting.NONE).get(0);
            VolunteerService.VolunteerView view = volunteers.view(row.id());
            assertEquals(VolunteerStatus.ACTIVE, view.status());
            assertEquals(EnumSet.of(Skill.COOKING, Skill.ELDER_CARE), view.skills());
            assertEquals(Set.of("SATURDAY_MORNING", "SUNDAY_AFTERNOON"), view.slots());
            assertEquals(0, importer.preview(file).validCount(), "imported once: now she is a volunteer already");
        });
        run("shimahe", () -> assertEquals(0, importer.preview(file).validCount(), "another street's community is unknown there"));
    }

    @Test
    void volunteersImportedTogetherAreEachWrittenOnceWhateverTheirSlots() throws Exception {
        String name = unique("导入社区");
        long unit = call(ADMIN, () -> unitChanges.create(TestData.unitForm(TestData.unitId(units, "观音桥街道妇联"), name,
                UnitType.COMMUNITY)));
        ResourceBundle zh = ResourceBundle.getBundle(Messages.BUNDLE, Locale.SIMPLIFIED_CHINESE);
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(new ArrayList<>(VolunteerImport.COLUMNS.stream().map(zh::getString).toList()));
        String surname = unique("同批");
        for (int i = 0; i < 4; i++) {
            sheet.add(List.of(surname + i, TestData.idCardNumber(TestData.randomBirthDate()), "1380000" + (1000 + i), name,
                    "烹饪", "家庭互助之桥", "周一上午、周三晚上、周六上午、星期日下午"));
        }
        List<Long> imported = call(ADMIN, () -> {
            assertEquals(4, importer.importValid(TestData.workbook(new ArrayList<>(sheet))));
            VolunteerFilter filter = new VolunteerFilter();
            filter.setName(surname);
            return volunteers.list(filter, 0, 10, Sorting.NONE).stream().map(VolunteerService.VolunteerRow::id).toList();
        });
        assertEquals(4, imported.size());
        run("auditor", () -> {
            for (long id : imported) {
                AuditFilter filter = new AuditFilter();
                filter.setRecordType("Volunteer");
                filter.setRecordId(id);
                assertEquals(List.of(AuditAction.CREATE),
                        audit.entries(filter, 0, 10).stream().map(AuditRow::action).toList(),
                        "an imported volunteer is created once and not rewritten by the rows after her");
            }
        });
        run(ADMIN, () -> assertEquals(Set.of("MONDAY_MORNING", "WEDNESDAY_EVENING", "SATURDAY_MORNING", "SUNDAY_AFTERNOON"),
                volunteers.view(imported.get(0)).slots()));
    }

    // ---- test data -------------------------------------------------------------------------------------

    /** A volunteer's record and the user name of her account. */
    private record Account(long id, String username) {
    }

    /** A woman who signed up on the public page and was approved. */
    private Account volunteerWithAccount(long unit) throws Exception {
        String username = TestData.newUsername();
        JoinForm join = new JoinForm();
        join.setName(unique("志愿者"));
        join.setIdCard(TestData.idCardNumber(TestData.randomBirthDate()));
        join.setPhone("13912345678");
        join.setCommunityId(unit);
        join.setSkills(EnumSet.of(Skill.COOKING));
        join.setUsername(username);
        join.setPassword("Volunteer#2026");
        join.setConsent(true);
        long id = signUp.apply(join);
        run(ADMIN, () -> volunteers.changeStatus(id, VolunteerStatus.ACTIVE, null));
        return new Account(id, username);
    }

    private static CampaignService.CampaignForm campaign(Long team, Long activity) {
        CampaignService.CampaignForm form = new CampaignService.CampaignForm();
        form.setTitle(unique("招募"));
        form.setTeamId(team);
        form.setActivityId(activity);
        form.setNeeded(3);
        form.setDeadline(Beijing.today().plusDays(7));
        return form;
    }

    /** A new community under the unit called {@code parentName}, made by {@code user}. */
    private long community(String user, String parentName) throws Exception {
        long parent = TestData.unitId(units, parentName);
        return community(user, parent);
    }

    private long community(String user, long parent) throws Exception {
        return call(user, () -> unitChanges.create(TestData.unitForm(parent, unique("志愿社区"), UnitType.COMMUNITY)));
    }

    /** {@code count} new active volunteers of {@code unit}; runs as the caller. */
    private List<Long> volunteers(long unit, int count, Set<Skill> skills, Set<ServiceLine> lines, Set<String> slots) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            VolunteerForm form = new VolunteerForm();
            form.setPersonId(people.create(TestData.personForm(unit, unique("志愿者"))));
            form.setSkills(EnumSet.copyOf(skills));
            form.setLines(lines.isEmpty() ? EnumSet.noneOf(ServiceLine.class) : EnumSet.copyOf(lines));
            form.setSlots(new java.util.HashSet<>(slots));
            ids.add(volunteers.register(form));
        }
        return ids;
    }

    private static ActivityForm activity(long unit, LocalDate day, int from, int to, int max, int occurrences) {
        ActivityForm form = new ActivityForm();
        form.setUnitId(unit);
        form.setTitle(unique("活动"));
        form.setLine(ServiceLine.VOLUNTEERING);
        form.setPlace("党群服务站");
        form.setHeldOn(day);
        form.setStartsAt(LocalTime.of(from, 0));
        form.setEndsAt(LocalTime.of(to, 0));
        form.setMinNeeded(1);
        form.setMaxNeeded(max);
        form.setOccurrences(occurrences);
        return form;
    }

    private long signupOf(long activity, long volunteer) {
        return activities.view(activity).signups().stream().filter(s -> s.volunteerId() == volunteer)
                .findFirst().orElseThrow().id();
    }

    private SignupStatus statusOf(long activity, long volunteer) {
        return activities.view(activity).signups().stream().filter(s -> s.volunteerId() == volunteer)
                .findFirst().orElseThrow().status();
    }

    private static String messageOf(org.jinguo.testsupport.SignedInAs.ThrowingRunnable work) {
        return assertThrows(org.jinguo.platform.errors.JinguoException.class, work::run).messageKey();
    }
}
