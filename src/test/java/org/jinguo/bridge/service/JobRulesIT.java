package org.jinguo.bridge.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.EnumSet;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.bridge.model.JobSkill;
import org.jinguo.bridge.model.ReferralStatus;
import org.jinguo.bridge.model.SeekerStatus;
import org.jinguo.bridge.model.WorkHours;
import org.jinguo.bridge.service.JobService.Match;
import org.jinguo.bridge.service.JobService.ReferralRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.service.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The job platform on the server: a firm of 观音桥商圈 posts a position through the district, a woman of 观音桥 street
 * registered by her street is ranked, referred, taken and placed; a position is never filled past its headcount; scope.
 */
@ExtendWith(ArquillianExtension.class)
class JobRulesIT {

    private static final String STREET_STAFF = "guanyinqiao";

    @Inject
    JobService jobs;
    @Inject
    PersonService people;
    @Inject
    UnitDirectory units;

    @Test
    void aSeekerOfAStreetIsRankedReferredTakenPlacedAndFollowedUp() throws Exception {
        long position = position(2, EnumSet.of(JobSkill.CASHIER, JobSkill.SALES));
        long seeker = seeker(EnumSet.of(JobSkill.CASHIER, JobSkill.SALES));
        run(STREET_STAFF, () -> {
            Match best = jobs.rankPositions(seeker, 50).stream().filter(m -> m.id() == position).findFirst().orElseThrow();
            // skills 45, hours 20, place 15 (she lives in 观音桥 street, where it is), no training 0, pay 10
            assertEquals(90, best.card().total(), best.card().toString());
            assertTrue(jobs.rankSeekers(position, 200).stream().anyMatch(m -> m.id() == seeker), "ranked the other way too");

            long referral = jobs.refer(seeker, position);
            assertEquals("referral.already", refusal(() -> jobs.refer(seeker, position)));
            assertEquals("referral.notAccepted", refusal(() -> jobs.place(referral, Beijing.today())));
            jobs.answer(referral, true, "下周一试岗。");
            assertEquals("referral.answered", refusal(() -> jobs.answer(referral, false, null)));
            assertEquals("referral.notPlaced", refusal(() -> jobs.followUp(referral, true, null)));
            assertEquals("referral.placedOnInvalid", refusal(() -> jobs.place(referral, Beijing.today().plusDays(1))));
            jobs.place(referral, Beijing.today());
            ReferralRow placed = jobs.seeker(seeker).referrals().get(0);
            assertEquals(ReferralStatus.PLACED, placed.status());
            assertEquals(Beijing.today().plusMonths(3), placed.followUpDue());
            assertEquals(90, placed.score(), "the score she had when referred");
            assertEquals(SeekerStatus.PLACED, jobs.seeker(seeker).row().status());
            jobs.followUp(referral, true, "工作稳定。");
            assertEquals(Boolean.TRUE, jobs.seeker(seeker).referrals().get(0).stillEmployed());
        });
        assertEquals(1, call("district", () -> jobs.position(position)).row().placed());
    }

    @Test
    void nobodyIsPlacedInAPositionAlreadyFilled() throws Exception {
        long position = position(1, EnumSet.of(JobSkill.CATERING));
        long first = seeker(EnumSet.of(JobSkill.CATERING));
        long second = seeker(EnumSet.of(JobSkill.CATERING));
        run(STREET_STAFF, () -> {
            long a = jobs.refer(first, position);
            long b = jobs.refer(second, position);
            jobs.answer(a, true, null);
            jobs.answer(b, true, null);
            jobs.place(a, Beijing.today());
            assertEquals("position.filled", refusal(() -> jobs.place(b, Beijing.today())));
            assertEquals(ReferralStatus.ACCEPTED, jobs.seeker(second).referrals().get(0).status(), "nothing half-done");
            long third = seeker(EnumSet.of(JobSkill.CATERING));
            assertEquals("position.notOpen", refusal(() -> jobs.refer(third, position)), "a filled position takes no referral");
        });
        run("district", () -> {
            PositionForm form = jobs.positionForm(position);
            form.setHeadcount(2);
            jobs.savePosition(form);
        });
        run(STREET_STAFF, () -> {
            long b = jobs.seeker(second).referrals().get(0).id();
            jobs.place(b, Beijing.today());
            assertEquals(ReferralStatus.PLACED, jobs.seeker(second).referrals().get(0).status(), "a place added, she is placed");
        });
    }

    @Test
    void aSeekerIsKeptByHerUnitAndRegisteredOnce() throws Exception {
        long seeker = seeker(EnumSet.of(JobSkill.OFFICE));
        assertThrows(RecordNotFoundException.class, () -> run("shimahe", () -> jobs.seeker(seeker)), "another street's seeker");
        long position = position(3, EnumSet.of(JobSkill.OFFICE));
        assertThrows(AccessDeniedException.class, () -> run("viewer", () -> jobs.refer(seeker, position)), "read-only");
        long person = call(STREET_STAFF, () -> jobs.seeker(seeker).row().personId());
        SeekerForm again = new SeekerForm();
        again.setPersonId(person);
        again.setHours(EnumSet.of(WorkHours.FULL_TIME));
        assertEquals("seeker.already", refusal(() -> run(STREET_STAFF, () -> jobs.registerSeeker(again))));
        SeekerForm noHours = new SeekerForm();
        noHours.setPersonId(person);
        assertThrows(jakarta.ejb.EJBException.class, () -> run(STREET_STAFF, () -> jobs.registerSeeker(noHours)),
                "at least one kind of hours (Bean Validation)");
    }

    @Test
    void theDemoPlacedWomenOfSeveralStreetsAndWangXiaomeiSeeksWorkWithHerTraining() throws Exception {
        run("district", () -> {
            JobService.JobFigures figures = jobs.figures();
            assertTrue(figures.placements() >= 8, figures.toString());
            assertTrue(figures.placementsByStreet().size() >= 2, figures.toString());
            JobService.SeekerRow wang = jobs.seekers("王晓梅", null, 0, 5).get(0);
            assertTrue(wang.training().stream().anyMatch(t -> t.contains("多肉")), wang.toString());
        });
    }

    private long position(int headcount, java.util.Set<JobSkill> skills) throws Exception {
        return call("district", () -> {
            EmployerForm employer = new EmployerForm();
            employer.setUnitId(TestData.unitId(units, "观音桥商圈妇联"));
            employer.setName(unique("商圈企业"));
            PositionForm form = new PositionForm();
            form.setEmployerId(jobs.saveEmployer(employer));
            form.setTitle(unique("岗位"));
            form.setPlace("观音桥步行街");
            form.setStreetId(TestData.unitId(units, "观音桥街道妇联"));
            form.setHours(WorkHours.FULL_TIME);
            form.setPayFrom(new BigDecimal("3500"));
            form.setPayTo(new BigDecimal("4500"));
            form.setHeadcount(headcount);
            form.setOpenUntil(Beijing.today().plusMonths(1));
            form.setSkills(skills);
            return jobs.savePosition(form);
        });
    }

    private long seeker(java.util.Set<JobSkill> skills) throws Exception {
        long community = TestData.unitId(units, "建新北路社区妇联");
        return call(STREET_STAFF, () -> {
            long person = people.create(TestData.personForm(community, unique("求职")));
            SeekerForm form = new SeekerForm();
            form.setPersonId(person);
            form.setSkills(skills);
            form.setHours(EnumSet.of(WorkHours.FULL_TIME));
            form.setWantedPay(new BigDecimal("4000"));
            return jobs.registerSeeker(form);
        });
    }

    private static String refusal(org.jinguo.testsupport.SignedInAs.ThrowingRunnable work) {
        return assertThrows(BusinessRuleException.class, work::run).messageKey();
    }
}
