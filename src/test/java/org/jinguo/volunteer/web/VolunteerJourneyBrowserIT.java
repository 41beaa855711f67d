package org.jinguo.volunteer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;

/**
 * A woman signs up on the public page; 南桥寺's staff approve her and plan an activity; she signs up and checks
 * in with the venue's QR link; staff check her out and approve her hours; she downloads her certificate.
 */
class VolunteerJourneyBrowserIT extends BrowserTestBase {

    private static final String STAFF = "nanqiaosi";

    @Test
    void fromThePublicSignUpToHerCertificate() {
        String name = TestData.unique("志愿者");
        String username = TestData.newUsername();
        String password = "Volunteer#2026";

        JoinPage join = JoinPage.open(browser)
                .fill(name, TestData.idCardNumber(TestData.randomBirthDate()), "139", username, password);
        join.apply();
        String refused = join.text();
        assertTrue(refused.contains("11 位手机号码") && refused.contains("此项必填") && refused.contains("请阅读并同意"), refused);
        assertEquals(name, join.nameValue(), "what she typed is kept");
        join.phone("13912345678").community("南桥寺社区").password(password).consent();
        browser.screenshot("volunteer-join");
        join.apply();
        assertTrue(join.done().contains("等待所在社区妇联审核"), join.text());

        browser.signIn(username, password);
        assertTrue(MyVolunteeringPage.open(browser).awaitingReview().contains("审核"), "an applicant waits for review");
        browser.signOut();

        browser.signIn(STAFF, DEMO_PASSWORD);
        assertEquals("在册", VolunteersPage.open(browser).openApplicant(name).approve("在册"));

        String title = TestData.unique("敬老院探访");
        ActivityPage activity = ActivitiesPage.open(browser).create(title, "VOLUNTEERING", "南桥寺社区养老服务站",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        assertTrue(browser.path().startsWith("/volunteer/activity.xhtml"), browser.path());
        String activityPage = browser.path();
        String checkinLink = activity.checkinLink();
        assertTrue(checkinLink.contains("/portal/checkin.xhtml?t="), checkinLink);
        assertTrue(activity.qrSource().startsWith("data:image/svg+xml;base64,"), "the QR code for the venue");
        assertTrue(activity.qrShows(), "and it shows");
        browser.signOut();

        browser.signIn(username, password);
        MyVolunteeringPage mine = MyVolunteeringPage.open(browser).signUpFor(title);
        assertTrue(mine.messages().contains(title), mine.messages());
        CheckinPage opened = CheckinPage.open(browser, checkinLink);
        assertTrue(opened.form().contains("点击下方按钮签到"), "opening the link records nothing: " + opened.form());
        CheckinPage checkin = CheckinPage.scan(browser, checkinLink);
        assertTrue(checkin.result().contains("已签到"), checkin.form());
        browser.signOut();

        browser.signIn(STAFF, DEMO_PASSWORD);
        activity = ActivityPage.open(browser, activityPage);
        browser.screenshot("volunteer-activity");
        assertTrue(activity.scan(name).signups(t -> t.contains("待审核")).contains("0.5"));
        assertTrue(HoursPage.open(browser).approve(name).messages().contains("已认定"));
        browser.signOut();

        browser.signIn(username, password);
        mine = MyVolunteeringPage.open(browser);
        assertTrue(mine.hours().contains("已认定 0.5 小时"), mine.hours());
        byte[] pdf = mine.certificate();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("UniGB-UCS2-H"), "Chinese text, Unicode-encoded");
    }
}
