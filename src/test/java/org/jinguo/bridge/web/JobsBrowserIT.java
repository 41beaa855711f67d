package org.jinguo.bridge.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The job platform end to end: 观音桥 street registers a woman of the registry as a job seeker, ranks the district's
 * open positions for her, refers her to the supermarket's cashier position of 观音桥商圈, records the employer's yes and
 * her placement; the district sees the placement and exports the positions.
 */
class JobsBrowserIT extends BrowserTestBase {

    @Test
    void aWomanIsRegisteredRankedReferredAndPlaced() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        browser.open("/bridge/jobs.xhtml");
        browser.click("#jobsForm\\:tabs a[href$='seekersTab']");
        browser.click("#jobsForm\\:tabs\\:newSeeker");
        browser.pick("#seekerForm\\:person_input", "李秀英");
        tick("seekerForm:skills", "CASHIER");
        tick("seekerForm:hours", "FULL_TIME");
        browser.type("#seekerForm\\:wishes", "想找离家近的全职工作。");
        browser.click("#seekerForm\\:saveSeeker");
        browser.type("#jobsForm\\:tabs\\:seekerText", "李秀英");
        browser.click("#jobsForm\\:tabs\\:searchSeekers");
        browser.clickInRow("#jobsForm\\:tabs\\:seekers tr", "李秀英", "a[id$='openSeeker']");
        browser.waitForText("#seekerName", t -> t.contains("李秀英"));

        browser.click("#seekerForm\\:rank");
        browser.clickInRow("#seekerForm\\:matches tr", "收银员", "button[id$='refer']");
        browser.waitForText("#seekerForm\\:referrals", t -> t.contains("已推荐"));
        browser.screenshot("seeker-referred");
        browser.clickInRow("#seekerForm\\:referrals tr", "收银员", "button[id$='yes']");
        browser.waitForText("#seekerForm\\:referrals", t -> t.contains("单位同意面试"));
        browser.clickInRow("#seekerForm\\:referrals tr", "收银员", "button[id$='place']");
        browser.click(".ui-confirmdialog-yes");
        assertTrue(browser.waitForText("#seekerForm\\:referrals", t -> t.contains("已入职")).contains("回访"),
                "her follow-up three months on");
        assertTrue(browser.text("#seekerName").contains("已就业"));
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
        browser.screenshot("seeker-placed");
        browser.signOut();

        browser.signIn("district", DEMO_PASSWORD);
        browser.open("/bridge/jobs.xhtml");
        browser.type("#jobsForm\\:tabs\\:positionText", "收银员");
        browser.click("#jobsForm\\:tabs\\:searchPositions");
        browser.clickInRow("#jobsForm\\:tabs\\:positions tr", "收银员", "a[id$='openPosition']");
        assertTrue(browser.waitForText("#positionForm\\:referrals", t -> t.contains("李秀英")).contains("已入职"));
        browser.open("/bridge/jobs.xhtml");
        browser.click("#jobsForm\\:tabs\\:exportPositions");
        String sheet = TestData.sheetText(browser.downloaded(".xlsx"));
        assertTrue(sheet.contains("收银员") && sheet.contains("惠民超市"), sheet);
    }

    /** Ticks the box of {@code value} in a PrimeFaces many-checkbox (by its client id). */
    private void tick(String clientId, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).querySelector("
                + "\"input[value='\" + arguments[1] + \"']\").closest('.ui-chkbox').querySelector('.ui-chkbox-box').click();",
                clientId, value);
    }
}
