package org.jinguo.volunteer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;

/**
 * Registering a volunteer who is not yet in the person registry: registered in a dialog on the volunteer form and
 * chosen at once, nothing typed lost, her portal sign-in in the same step; pickers tell namesakes apart; an empty
 * list offers the next step.
 */
class VolunteerFirstTimeBrowserIT extends BrowserTestBase {

    private static final String STAFF = "nanqiaosi";

    @Test
    void aWomanNewToTheRegistryIsRegisteredAsAVolunteerInOneGo() {
        String name = TestData.unique("首次登记");
        browser.signIn(STAFF, DEMO_PASSWORD);
        browser.open("/volunteer/volunteer-edit.xhtml");
        for (String choices : new String[] {"skills", "lines", "slots"}) { // typed first: kept through the dialog
            browser.click("#volunteerForm\\:" + choices + " label[for$='\\:0']");
        }
        browser.click("#volunteerForm\\:newPerson");
        browser.type("#newPersonForm\\:quickName", name);
        String phone = "139" + (10000000 + Math.abs(name.hashCode() % 89999999));
        browser.type("#newPersonForm\\:quickPhone", phone);
        browser.type("#newPersonForm\\:quickBirthDate_input", "1986-03-08");
        browser.screenshot("volunteer-new-person-dialog");
        browser.click("#newPersonForm\\:quickSave");
        assertEquals(name, browser.value("#volunteerForm\\:person_input"), "registered and chosen, without leaving the form");
        assertTrue(browser.pageMessages().contains(name), "the registry's confirmation");
        browser.screenshot("volunteer-first-time");

        // her portal sign-in in the same step: a temporary password to pass on, changed at her first sign-in
        String username = TestData.newUsername();
        browser.type("#volunteerForm\\:portalUsername", username);
        browser.click("#volunteerForm\\:save");
        assertTrue(browser.waitForPath(p -> p.startsWith("/volunteer/volunteer.xhtml")).contains("id="));
        assertTrue(browser.text("main").contains(name));
        String temporary = browser.text("#accountForm\\:temporaryPassword");
        assertEquals(10, temporary.length(), temporary);
        browser.screenshot("volunteer-portal-account");
        String volunteerPage = browser.path();
        browser.signOut();
        browser.signIn(username, temporary);
        assertEquals("/account/password.xhtml", browser.path(), "she chooses her own password first");
        browser.signOut();
        browser.signIn(STAFF, DEMO_PASSWORD);
        browser.open(volunteerPage);
        assertTrue(browser.text("#accountForm\\:accountState").contains(username), "the page names her sign-in now");

        // registered again by mistake: the dialog offers her existing record instead, and picks it
        browser.open("/volunteer/volunteer-edit.xhtml");
        browser.click("#volunteerForm\\:newPerson");
        browser.type("#newPersonForm\\:quickName", name);
        browser.type("#newPersonForm\\:quickPhone", phone);
        browser.click("#newPersonForm\\:quickSave");
        assertTrue(browser.text("#newPersonForm\\:quickDuplicates").contains(name), "her record is offered");
        browser.click("#newPersonForm [id$='useExisting']");
        assertEquals(name, browser.value("#volunteerForm\\:person_input"), "the existing record is chosen");

        browser.open("/volunteer/volunteer-edit.xhtml");
        browser.type("#volunteerForm\\:person_input", name);
        String suggestion = browser.text(".ui-autocomplete-panel .ui-autocomplete-item");
        assertTrue(suggestion.contains("1986") && suggestion.contains("南桥寺"), "birth year and unit: " + suggestion);
    }

    @Test
    void anEmptyListOffersTheNextStep() {
        browser.signIn(STAFF, DEMO_PASSWORD);
        browser.open("/volunteer/volunteers.xhtml");
        browser.type("#volunteersForm\\:name", TestData.unique("无此人"));
        browser.click("#volunteersForm\\:search");
        assertTrue(browser.text("#volunteersForm .jg-empty").contains("没有符合条件的志愿者"));
        browser.screenshot("volunteers-empty");
        browser.click("#volunteersForm .jg-empty-action");
        assertTrue(browser.waitForPath(p -> p.startsWith("/volunteer/volunteer-edit.xhtml")).startsWith("/volunteer/volunteer-edit"));
    }

    @Test
    void everyPagedListSaysHowManyRowsMatch() {
        browser.signIn(STAFF, DEMO_PASSWORD);
        browser.open("/volunteer/volunteers.xhtml");
        String count = browser.text("#volunteersForm .ui-paginator-current");
        assertTrue(count.matches("共 [0-9,]+ 条，本页第 [0-9,]+–[0-9,]+ 条"), count);
        browser.open("/organisation/unit-list.xhtml"); // her community and the few bodies under it: one page
        assertTrue(browser.text(".ui-paginator-current").startsWith("共 "), "a list of one page shows its count too");
    }
}
