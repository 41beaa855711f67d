package org.jinguo.bridge.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Hardship aid end to end: 观音桥 street records a woman of the registry as a family in hardship (red, illness), gives
 * her 1 000 yuan out of a firm's donation to the district's pool, and her history names the donor; the district exports
 * the donor report.
 */
class AidBrowserIT extends BrowserTestBase {

    @Test
    void aFamilyIsRecordedAndAidedOutOfADonationTracedToItsDonor() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        browser.open("/bridge/aid.xhtml");
        browser.click("#aidForm\\:tabs\\:newFamily");
        browser.pick("#familyForm\\:person_input", "王桂兰");
        browser.choose("familyForm:level", "RED");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('familyForm:reasons').querySelector("
                + "\"input[value='ILLNESS']\").closest('.ui-chkbox').querySelector('.ui-chkbox-box').click();");
        browser.type("#familyForm\\:situation", "患病在家，靠低保生活。");
        browser.click("#familyForm\\:saveFamily");
        browser.type("#aidForm\\:tabs\\:text", "王桂兰");
        browser.click("#aidForm\\:tabs\\:searchFamilies");
        browser.clickInRow("#aidForm\\:tabs\\:families tr", "王桂兰", "a[id$='openFamily']");
        browser.waitForText("#familyName", t -> t.contains("王桂兰"));

        browser.click("#familyForm\\:give");
        browser.choose("grantForm:donation", browser.optionValue("#grantForm\\:donation_input", "北城天街"));
        browser.number("grantForm:amount", "1000");
        browser.click("#grantForm\\:saveGrant");
        assertTrue(browser.waitForText("#familyForm\\:history", t -> t.contains("北城天街")).contains("1,000.00"));
        browser.screenshot("family-aided");
        browser.signOut();

        browser.signIn("district", DEMO_PASSWORD);
        browser.open("/bridge/aid.xhtml");
        browser.click("#aidForm\\:tabs a[href$='donationsTab']");
        browser.click("#aidForm\\:tabs\\:exportReport");
        String sheet = TestData.sheetText(browser.downloaded(".xlsx"));
        assertTrue(sheet.contains("北城天街") && sheet.contains("江北区慈善会"), sheet);
    }
}
