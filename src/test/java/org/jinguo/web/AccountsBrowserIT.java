package org.jinguo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
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
        browser.open("/admin/users.xhtml");
        browser.click("#usersForm\\:newUser");
        browser.type("#newUserForm\\:username", username);
        browser.type("#newUserForm\\:displayName", "李晓梅");
        browser.type("#newUserForm\\:unit_input", "观音桥");
        browser.click(".ui-autocomplete-panel .ui-autocomplete-item");
        browser.click("#newUserForm\\:roles label");
        browser.type("#newUserForm\\:initialPassword", "short");
        browser.click("#newUserForm\\:create");
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

        browser.type("#passwordForm\\:currentPassword", "Start#2026x");
        browser.type("#passwordForm\\:newPassword", "Mine#2026-li");
        browser.type("#passwordForm\\:confirmation", "Mine#2026-li");
        browser.click("#passwordForm\\:change");
        assertEquals("/index.xhtml", browser.path());
        browser.open("/organisation/units.xhtml");
        assertTrue(browser.text("#unitsForm\\:tree").contains("观音桥街道妇联"));
    }

    @Test
    void aDisabledColleagueIsSignedOutAtHerNextRequest() {
        String username = newUsername();
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        browser.open("/admin/users.xhtml");
        browser.click("#usersForm\\:newUser");
        browser.type("#newUserForm\\:username", username);
        browser.type("#newUserForm\\:displayName", "王芳");
        browser.type("#newUserForm\\:unit_input", "观音桥");
        browser.click(".ui-autocomplete-panel .ui-autocomplete-item");
        browser.click("#newUserForm\\:roles label");
        browser.type("#newUserForm\\:initialPassword", "Start#2026x");
        browser.click("#newUserForm\\:create");

        try (Browser colleague = new Browser(base)) {
            colleague.signIn(username, "Start#2026x");
            colleague.type("#passwordForm\\:currentPassword", "Start#2026x");
            colleague.type("#passwordForm\\:newPassword", "Mine#2026-wf");
            colleague.type("#passwordForm\\:confirmation", "Mine#2026-wf");
            colleague.click("#passwordForm\\:change");
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

    private static String newUsername() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
