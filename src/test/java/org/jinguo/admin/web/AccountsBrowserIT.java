package org.jinguo.admin.web;

import static org.jinguo.testsupport.TestData.newUsername;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jinguo.platform.web.PasswordPage;
import org.jinguo.testsupport.Browser;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.unit.web.UnitsPage;
import org.junit.jupiter.api.Test;

/** A unit administrator creates a colleague, who must set her own password before anything else. */
class AccountsBrowserIT extends BrowserTestBase {

    @Test
    void aNewColleagueMustChooseHerOwnPasswordFirst() {
        String username = newUsername();
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        UsersPage users = createColleague(username, "李晓梅", "short");
        assertTrue(users.newUserMessage().contains("8"), "password rule shown next to the field");
        browser.screenshot("new-user-refused");
        assertEquals(username, users.newUsername(), "input kept");

        users.initialPassword("Start#2026x").create();
        assertTrue(browser.body().contains(username), "the new user is listed");
        browser.screenshot("users");
        browser.signOut();

        browser.signIn(username, "Start#2026x");
        assertEquals("/account/password.xhtml", browser.path());
        UnitsPage.open(browser);
        assertEquals("/account/password.xhtml", browser.path(), "nothing else until the password is changed");

        PasswordPage.shown(browser).choose("Start#2026x", "Mine#2026-li");
        assertEquals("/index.xhtml", browser.path());
        assertTrue(UnitsPage.open(browser).tree().contains("观音桥街道妇联"));
    }

    @Test
    void aDisabledColleagueIsSignedOutAtHerNextRequest() {
        String username = newUsername();
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        UsersPage users = createColleague(username, "王芳", "Start#2026x");

        try (Browser colleague = new Browser(base)) {
            colleague.signIn(username, "Start#2026x");
            PasswordPage.shown(colleague).choose("Start#2026x", "Mine#2026-wf");
            assertEquals("/index.xhtml", colleague.path());

            users.search(username, rows -> rows.contains(username) && !rows.contains("guanyinqiao"));
            users.disableFirst();
            assertTrue(users.rows(rows -> rows.contains("已停用")).contains(username));

            UnitsPage.open(colleague);
            assertTrue(colleague.path().startsWith("/login.xhtml"), colleague.path());
            colleague.signIn(username, "Mine#2026-wf");
            assertTrue(colleague.path().startsWith("/login.xhtml"), "a disabled account cannot sign in");
        }
    }

    /** On the users page, fills the new-user dialog for a staff member of the street and saves. */
    private UsersPage createColleague(String username, String name, String firstPassword) {
        return UsersPage.open(browser).fillNewUser(username, name, "观音桥街道", firstPassword).create();
    }
}
