package org.jinguo.person.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jinguo.admin.web.AuditPage;
import org.jinguo.platform.web.HomePage;
import org.jinguo.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;

/**
 * Sensitive fields in the browser: masked in lists and details, shown in full one at a time to a
 * permitted user, never to a read-only one; the auditor then finds who showed what, and when.
 */
class SensitiveDataBrowserIT extends BrowserTestBase {

    @Test
    void anIdCardNumberIsMaskedUntilShownAndTheAuditorSeesWhoShowedIt() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        PeoplePage people = openDetailsOf("李秀英");
        assertTrue(people.field("ID_CARD").matches("5001\\*{10}\\d{3}[\\dX]"), people.field("ID_CARD"));
        String full = people.reveal("ID_CARD", text -> text.matches("\\d{17}[\\dX]"));
        assertTrue(full.startsWith("500105197803"), full);
        browser.screenshot("person-details");
        HomePage.open(browser);
        browser.signOut();

        browser.signIn("auditor", DEMO_PASSWORD);
        String entries = AuditPage.open(browser).byActor("guanyinqiao").entries();
        assertTrue(entries.contains("查看敏感信息") && entries.contains("身份证号"), entries);
        assertFalse(entries.contains("ID_CARD"), "the field shown in words, not as its code");
        assertTrue(entries.contains("退出") && entries.contains("登录"), entries);
        assertTrue(entries.contains("观音桥街道妇联"), entries);
        assertFalse(entries.contains(full), "the trail never holds the number itself");
        browser.screenshot("audit-trail");

        PeoplePage.open(browser);
        assertEquals("403", browser.errorPage(), "the auditor reads no business records");
    }

    @Test
    void aReadOnlyUserSeesOnlyMaskedValuesAndCannotEdit() {
        browser.signIn("viewer", DEMO_PASSWORD);
        PeoplePage people = openDetailsOf("李秀英");
        assertTrue(people.field("ID_CARD").contains("**********"));
        assertFalse(people.offersToReveal("ID_CARD"), "no button to show it");
        assertFalse(people.offersToEdit(), "no button to edit");
        PersonEditPage.openNew(browser);
        assertEquals("403", browser.errorPage());
        AuditPage.open(browser);
        assertEquals("403", browser.errorPage());
    }

    private PeoplePage openDetailsOf(String name) {
        PeoplePage people = PeoplePage.open(browser).searchByName(name);
        assertTrue(people.people().contains(name));
        return people.showFirstNamed(name);
    }
}
