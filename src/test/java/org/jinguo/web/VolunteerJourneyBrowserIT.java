package org.jinguo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A woman signs up on the public page; 南桥寺's staff approve her and plan an activity; she signs up and checks
 * in with the venue's QR link; staff check her out and approve her hours; she downloads her certificate.
 */
@RunAsClient
class VolunteerJourneyBrowserIT extends BrowserTestBase {

    private static final String STAFF = "nanqiaosi";

    @Test
    void fromThePublicSignUpToHerCertificate() {
        String name = TestData.unique("志愿者");
        String username = TestData.newUsername();
        String password = "Volunteer#2026";

        browser.open("/join.xhtml");
        browser.type("#joinForm\\:name", name);
        browser.type("#joinForm\\:idCard", TestData.idCardNumber(TestData.randomBirthDate()));
        browser.type("#joinForm\\:phone", "139");
        browser.click("#joinForm\\:skills .ui-chkbox-box");
        browser.type("#joinForm\\:username", username);
        browser.type("#joinForm\\:password", password);
        browser.click("#joinForm\\:apply");
        String refused = browser.text("#joinForm");
        assertTrue(refused.contains("11 位手机号码") && refused.contains("此项必填") && refused.contains("请阅读并同意"), refused);
        assertEquals(name, browser.find("#joinForm\\:name").getAttribute("value"), "what she typed is kept");
        browser.type("#joinForm\\:phone", "13912345678");
        String community = browser.all("#joinForm\\:communityId_input option").stream()
                .filter(o -> o.getAttribute("textContent").contains("南桥寺社区")).findFirst().orElseThrow().getAttribute("value");
        browser.choose("joinForm:communityId", community);
        browser.type("#joinForm\\:password", password);
        browser.click("#joinForm\\:consent .ui-chkbox-box");
        browser.screenshot("volunteer-join");
        browser.click("#joinForm\\:apply");
        assertTrue(browser.text("#joinForm\\:done").contains("等待所在社区妇联审核"), browser.text("#joinForm"));

        browser.signIn(username, password);
        browser.open("/portal/volunteer.xhtml");
        assertTrue(browser.text("[id$='awaitingReview']").contains("审核"), "an applicant waits for review");
        browser.click("#headerForm\\:signOut");

        browser.signIn(STAFF, DEMO_PASSWORD);
        browser.open("/volunteer/volunteers.xhtml");
        browser.click("#volunteersForm\\:applicants");
        browser.waitForText("#volunteersForm\\:volunteers", t -> t.contains(name));
        clickRow("#volunteersForm\\:volunteers tr", name, "a[id$='open']");
        browser.click("#statusForm\\:approve");
        assertEquals("在册", browser.waitForText("#status", t -> t.equals("在册")));

        String title = TestData.unique("敬老院探访");
        browser.open("/volunteer/activities.xhtml");
        browser.click("#activitiesForm\\:newActivity");
        browser.type("#activityForm\\:title", title);
        browser.choose("activityForm:line", "VOLUNTEERING");
        browser.type("#activityForm\\:place", "南桥寺社区养老服务站");
        browser.setValue("#activityForm\\:heldOn_input", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        browser.setValue("#activityForm\\:startsAt_input", "00:00");
        browser.setValue("#activityForm\\:endsAt_input", "23:59");
        browser.click("#activityForm\\:create");
        assertTrue(browser.path().startsWith("/volunteer/activity.xhtml"), browser.path());
        String activityPage = browser.path();
        String checkinLink = browser.find("#signupsForm\\:checkinLink").getAttribute("href");
        assertTrue(checkinLink.contains("/portal/checkin.xhtml?t="), checkinLink);
        assertTrue(browser.find("#qr").getAttribute("src").startsWith("data:image/svg+xml;base64,"), "the QR code for the venue");
        assertTrue((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.getElementById('qr').naturalWidth > 0;"), "and it shows");
        browser.click("#headerForm\\:signOut");

        browser.signIn(username, password);
        browser.open("/portal/volunteer.xhtml");
        clickRow("#myForm\\:tabs\\:open tr", title, "button[id$='signUp']");
        assertTrue(browser.text("#myForm\\:messages").contains(title), browser.text("#myForm\\:messages"));
        browser.driver().get(checkinLink);
        assertTrue(browser.text("[id$='checkinResult']").contains("已签到"), browser.text("#checkinForm"));
        browser.click("#headerForm\\:signOut");

        browser.signIn(STAFF, DEMO_PASSWORD);
        browser.open(activityPage);
        browser.screenshot("volunteer-activity");
        clickRow("#signupsForm\\:signups tr", name, "button[id$='scan']");
        assertTrue(browser.waitForText("#signupsForm\\:signups", t -> t.contains("待审核")).contains("0.5"));
        browser.open("/volunteer/hours.xhtml");
        clickRow("#hoursForm\\:tabs\\:hours tr", name, "button[id$='approve']");
        assertTrue(browser.text("#hoursForm\\:messages").contains("已认定"));
        browser.click("#headerForm\\:signOut");

        browser.signIn(username, password);
        browser.open("/portal/volunteer.xhtml");
        assertTrue(browser.text("#myHours").contains("已认定 0.5 小时"), browser.text("#myHours"));
        browser.click("#myForm\\:certificate");
        byte[] pdf = browser.downloaded(".pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("UniGB-UCS2-H"), "Chinese text, Unicode-encoded");
    }

    /** Clicks {@code button} in the row of {@code rows} that mentions {@code text}. */
    private void clickRow(String rows, String text, String button) {
        browser.waitForText(rows.substring(0, rows.lastIndexOf(' ')), t -> t.contains(text));
        WebElement row = browser.all(rows).stream().filter(r -> r.getText().contains(text)).findFirst().orElseThrow();
        String id = row.findElement(org.openqa.selenium.By.cssSelector(button)).getAttribute("id");
        browser.click("[id='" + id + "']");
    }
}
