package org.jinguo;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.work.MyWork;
import org.jinguo.platform.work.WorkItem;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.volunteer.model.Skill;
import org.jinguo.volunteer.service.JoinForm;
import org.jinguo.volunteer.service.PublicSignUpService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The home page's to-dos on the server: each area's source counts what the user may act on in her scope, with a link to
 * the list that shows them; a user without such work gets no item; the most urgent come first.
 */
@ExtendWith(ArquillianExtension.class)
class HomeWorkIT {

    @Inject
    MyWork myWork;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    PublicSignUpService signUp;
    @Inject
    UnitDirectory units;

    @Test
    void anApplicationAppearsForHerUnitsStaffOnly() throws Exception {
        long before = count("nanqiaosi", "volunteerApplicants");
        long otherStreet = count("guanyinqiao", "volunteerApplicants");
        long district = count("district", "volunteerApplicants");
        JoinForm join = new JoinForm();
        join.setName(unique("报名"));
        join.setIdCard(TestData.idCardNumber(TestData.randomBirthDate()));
        join.setPhone("13912345678");
        join.setCommunityId(TestData.unitId(units, "南桥寺社区妇联"));
        join.setSkills(EnumSet.of(Skill.PERFORMING));
        join.setSlots(Set.of("SATURDAY_MORNING"));
        join.setUsername(TestData.newUsername());
        join.setPassword("Volunteer#2026");
        join.setConsent(true);
        signUp.apply(join);
        assertEquals(before + 1, count("nanqiaosi", "volunteerApplicants"), "her community's applicant");
        assertEquals(district + 1, count("district", "volunteerApplicants"), "the district sees every unit's");
        assertEquals(otherStreet, count("guanyinqiao", "volunteerApplicants"), "another street's staff does not");
        WorkItem item = items("nanqiaosi").stream().filter(w -> w.key().equals("volunteerApplicants")).findFirst().orElseThrow();
        assertEquals("/volunteer/volunteers.xhtml?status=APPLICANT", item.path());
        assertEquals("work.volunteerApplicants", item.label());
    }

    @Test
    void eachUserGetsOnlyTheWorkOfHerRole() throws Exception {
        assertTrue(items("viewer").isEmpty(), "read-only: nothing to act on");
        assertTrue(items("auditor").isEmpty());
        assertTrue(keys("zixun").stream().noneMatch(k -> k.contains("plans") || k.contains("case")),
                "a counsellor approves nothing and has no case tasks: " + keys("zixun"));
        assertTrue(keys("dudao").contains("plansToApprove") || keys("dudao").contains("caseTasksDue"),
                "the supervisor of the demo's cases has their approvals or tasks: " + keys("dudao"));
        assertFalse(keys("shegong").contains("plansToApprove"), "a caseworker approves no plan");
        assertTrue(keys("district").contains("hoursToApprove"), "the demo's hours waiting: " + keys("district"));
        assertTrue(keys("weiquan").contains("legalBookingsComing") || keys("weiquan").contains("consultationsToRecord"),
                "the legal officer: the 鱼嘴 court's bookings: " + keys("weiquan"));
        assertFalse(keys("district").contains("legalBookingsComing"), "not the district administrator's work");
    }

    @Test
    void theMostUrgentComeFirstAndEveryItemLinksToAPage() throws Exception {
        List<WorkItem> items = items("district");
        assertFalse(items.isEmpty());
        for (int i = 1; i < items.size(); i++) {
            assertTrue(items.get(i - 1).urgency().compareTo(items.get(i).urgency()) <= 0, "urgent first: " + items);
        }
        assertTrue(items.stream().allMatch(w -> w.count() > 0 && w.path().startsWith("/") && w.path().contains(".xhtml")),
                items.toString());
    }

    private List<WorkItem> items(String username) throws Exception {
        return call(username, () -> myWork.fresh(currentCaller.require()));
    }

    private List<String> keys(String username) throws Exception {
        return items(username).stream().map(WorkItem::key).toList();
    }

    private long count(String username, String key) throws Exception {
        return items(username).stream().filter(w -> w.key().equals(key)).mapToLong(WorkItem::count).sum();
    }
}
