package org.jinguo.volunteer.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** Recruitment from both sides: staff open a campaign, a volunteer applies in her portal, staff accept the ticked applications. */
class RecruitmentBrowserIT extends BrowserTestBase {

    @Test
    void theTickedApplicationsAreAcceptedTogether() {
        String title = TestData.unique("巾帼招募");
        browser.signIn("district", DEMO_PASSWORD);
        browser.open("/volunteer/campaigns.xhtml");
        browser.click("#campaignsForm\\:newCampaign");
        browser.type("#campaignForm\\:title", title);
        String team = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('#campaignForm\\\\:team_input option'))"
                + ".find(function (o) { return o.text.indexOf('郭家沱街道') >= 0; }).value;");
        browser.choose("campaignForm:team", team);
        browser.click("#campaignForm\\:create");
        browser.signOut();

        browser.signIn("volunteer", DEMO_PASSWORD); // a volunteer of a community of 郭家沱
        browser.open("/portal/volunteer.xhtml");
        browser.click("#myForm\\:tabs a[href='#myForm:tabs:campaignsTab']");
        browser.clickInRow("#myForm\\:tabs\\:campaigns tr", title, "button[id$='apply']");
        browser.signOut();

        browser.signIn("district", DEMO_PASSWORD);
        browser.open("/volunteer/campaigns.xhtml");
        browser.type("#campaignsForm\\:text", title);
        browser.click("#campaignsForm\\:search");
        browser.clickInRow("#campaignsForm\\:campaigns tr", title, "a[id$='select']");
        browser.click("#applicationsForm\\:applications .ui-selection-column .ui-chkbox-box, "
                + "#applicationsForm\\:applications td.jg-select .ui-chkbox-box");
        browser.screenshot("recruitment-batch");
        browser.click("#applicationsForm\\:acceptSelected");
        String applications = browser.waitForText("#applicationsForm\\:applications", t -> t.contains("已录用"));
        assertTrue(applications.contains("已录用"), applications);
        assertTrue(browser.pageMessages().contains("已录用 1 份申请"), "the batch says how many");
    }
}
