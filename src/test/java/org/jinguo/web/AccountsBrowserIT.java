package org.jinguo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jinguo.testsupport.TestData.newUsername;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jinguo.testsupport.Browser;
import org.jinguo.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;

/** A unit administrator creates a colleague, who must set her own password before anything else. */
@RunAsClient
class AccountsBrowserIT extends BrowserTestBase {

    @Test
    void aNewColleagueMustChooseHerOwnPasswordFirst() {
        String username = newUsername();
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        createColleague(username, "李晓梅", "short");
        assertTrue(browser.text("#newUserForm .ui-message-error").contains("8"), "password rule shown next to the field");
        browser.screenshot("new-user-refused");
        assertEquals(username, browser.find("#newUserForm\\:username").getAttribute("value"), "input kept");

        browser.type("#newUserForm\\:initialPassword", "Start#2026x");
        browser.click("#newUserForm\\:create");
        assertTrue(browser.body().contains(username), "the new user is listed");
        browser.screenshot("users");
        browser.click("#headerForm\\:signOut");

        browser.signIn(username, "Start#2026x");
        assertEquals("/account/password.xhtml", browser.path());
        browser.open("/organisation/units.xhtml");
        assertEquals("/account/password.xhtml", browser.path(), "nothing else until the password is changed");

        choosePassword(browser, "Start#2026x", "Mine#2026-li");
        assertEquals("/index.xhtml", browser.path());
        browser.open("/organisation/units.xhtml");
        assertTrue(browser.text("#unitsForm\\:tree").contains("观音桥街道妇联"));
    }

    @Test
    void aDisabledColleagueIsSignedOutAtHerNextRequest() {
        String username = newUsername();
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        createColleague(username, "王芳", "Start#2026x");

        try (Browser colleague = new Browser(base)) {
            colleague.signIn(username, "Start#2026x");
            choosePassword(colleague, "Start#2026x", "Mine#2026-wf");
            assertEquals("/index.xhtml", colleague.path());

            browser.type("#usersForm\\:searchText", username);
            browser.waitForText("#usersForm\\:users tbody", rows -> rows.contains(username) && !rows.contains("guanyinqiao"));
            browser.settle();
            browser.click("#usersForm\\:users .disable-user");
            browser.click(".ui-confirmdialog-yes");
            assertTrue(browser.waitForText("#usersForm\\:users tbody", rows -> rows.contains("已停用")).contains(username));

            colleague.open("/organisation/units.xhtml");
            assertTrue(colleague.path().startsWith("/login.xhtml"), colleague.path());
            colleague.signIn(username, "Mine#2026-wf");
            assertTrue(colleague.path().startsWith("/login.xhtml"), "a disabled account cannot sign in");
        }
    }

    /** On the users page, fills the new-user dialog for a staff member of the street and saves. */
    private void createColleague(String username, String name, String firstPassword) {
        browser.open("/admin/users.xhtml");
        browser.click("#usersForm\\:newUser");
        browser.type("#newUserForm\\:username", username);
        browser.type("#newUserForm\\:displayName", name);
        browser.type("#newUserForm\\:unit_input", "观音桥街道");
        browser.click(".ui-autocomplete-panel .ui-autocomplete-item");
        browser.click("#newUserForm\\:roles label");
        browser.type("#newUserForm\\:initialPassword", firstPassword);
        browser.click("#newUserForm\\:create");
    }

    private static void choosePassword(Browser in, String current, String chosen) {
        in.type("#passwordForm\\:currentPassword", current);
        in.type("#passwordForm\\:newPassword", chosen);
        in.type("#passwordForm\\:confirmation", chosen);
        in.click("#passwordForm\\:change");
        in.waitForPath(path -> !path.startsWith("/account/password.xhtml")); // the change redirects home
    }
}
