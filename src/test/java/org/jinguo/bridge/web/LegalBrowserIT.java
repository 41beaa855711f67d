package org.jinguo.bridge.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;

/**
 * The legal line end to end: a woman books a consultation at the 鱼嘴 court's session herself; staff see the calendar
 * of the place and a session's slots (her topic protected from them); the legal-rights officer records a consultation
 * waiting for its record, flagged for domestic violence, and opens it; the court's lawyer reads the records of its
 * sessions; staff are kept out of the records.
 */
class LegalBrowserIT extends BrowserTestBase {

    @Test
    void aWomanBooksTheCourtStaffSeeTheCalendarAndTheOfficerRecordsInConfidence() {
        String woman = TestData.unique("预约");
        browser.open("/lawyer.xhtml");
        browser.choose("lawyerForm:choice", browser.optionValue("#lawyerForm\\:choice_input", "鱼嘴镇党群服务站"));
        browser.choose("lawyerForm:topic", "DOMESTIC_VIOLENCE");
        browser.type("#lawyerForm\\:name", woman);
        browser.type("#lawyerForm\\:phone", "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
        browser.choose("lawyerForm:communityId", browser.optionValue("#lawyerForm\\:communityId_input", "鱼嘴"));
        browser.clickToLoad("#lawyerForm\\:book");
        assertTrue(browser.text("#lawyerForm\\:doneText").contains("鱼嘴镇党群服务站"), browser.text("#lawyerForm\\:doneText"));
        browser.screenshot("lawyer-booked");

        browser.signIn("district", DEMO_PASSWORD);
        browser.open("/bridge/legal.xhtml");
        browser.choose("legalForm:place", "鱼嘴镇党群服务站");
        browser.waitForText("#legalForm\\:calendar", t -> t.contains("鱼嘴人民法庭"));
        browser.click("#legalForm\\:calendar .fc-event");
        assertTrue(browser.waitForText("#sessionForm\\:sessionBody", t -> t.contains("鱼嘴人民法庭")).contains("鱼嘴镇党群服务站"));
        browser.screenshot("legal-session");
        browser.open("/index.xhtml");
        browser.signOut();

        browser.signIn("weiquan", DEMO_PASSWORD);
        browser.open("/bridge/consultations.xhtml");
        browser.click("#consultationsForm\\:awaiting\\:0\\:record");
        browser.choose("recordForm:topic", "DOMESTIC_VIOLENCE");
        browser.type("#recordForm\\:advice", "建议申请人身安全保护令，保留就医记录和报警回执。");
        browser.choose("recordForm:referral", "COURT");
        browser.click("#recordForm\\:saveRecord");
        assertTrue(browser.waitForText("#openedForm\\:openedBody", t -> t.contains("保护令")).contains("涉家暴"));
        browser.screenshot("consultation-recorded");
        browser.open("/index.xhtml");
        browser.signOut();

        browser.signIn("fating", DEMO_PASSWORD);
        browser.open("/bridge/consultations.xhtml");
        assertTrue(browser.waitForText("#consultationsForm\\:records", t -> t.contains("涉家暴")).contains("鱼嘴镇党群服务站"),
                "the court reads the records of its sessions");
        browser.signOut();

        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        browser.open("/bridge/consultations.xhtml");
        assertFalse(browser.body().contains("保护令"), "staff are kept out");
        assertTrue(browser.path().contains("consultations") && !browser.errorPage().isEmpty(), "a refusal page: " + browser.path());
    }
}
