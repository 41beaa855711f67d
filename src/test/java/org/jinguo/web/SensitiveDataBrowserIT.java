package org.jinguo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sensitive fields in the browser: masked in lists and details, shown in full one at a time to a
 * permitted user, never to a read-only one; the auditor then finds who showed what, and when.
 */
@ExtendWith(ArquillianExtension.class)
class SensitiveDataBrowserIT extends BrowserTestBase {

    private static final String ID_CARD = "#detailsForm .jg-value-ID_CARD";

    @Test
    void anIdCardNumberIsMaskedUntilShownAndTheAuditorSeesWhoShowedIt() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        openDetailsOf("李秀英");
        assertTrue(browser.text(ID_CARD).matches("5001\\*{10}\\d{3}[\\dX]"), browser.text(ID_CARD));
        browser.click("#detailsForm .jg-reveal-ID_CARD");
        String full = browser.waitForText(ID_CARD, text -> text.matches("\\d{17}[\\dX]"));
        assertTrue(full.startsWith("500105197803"), full);
        browser.screenshot("person-details");
        browser.open("/index.xhtml");
        browser.click("#headerForm\\:signOut");

        browser.signIn("auditor", DEMO_PASSWORD);
        browser.open("/audit/entries.xhtml");
        browser.type("#auditForm\\:actor", "guanyinqiao");
        browser.click("#auditForm\\:search");
        String entries = browser.text("#auditForm\\:entries");
        assertTrue(entries.contains("查看敏感信息") && entries.contains("ID_CARD"), entries);
        assertTrue(entries.contains("退出") && entries.contains("登录"), entries);
        assertTrue(entries.contains("观音桥街道妇联"), entries);
        assertFalse(entries.contains(full), "the trail never holds the number itself");
        browser.screenshot("audit-trail");

        browser.open("/people/list.xhtml");
        assertEquals("403", browser.errorPage(), "the auditor reads no business records");
    }

    @Test
    void aReadOnlyUserSeesOnlyMaskedValuesAndCannotEdit() {
        browser.signIn("viewer", DEMO_PASSWORD);
        openDetailsOf("李秀英");
        assertTrue(browser.text(ID_CARD).contains("**********"));
        assertTrue(browser.all("#detailsForm .jg-reveal-ID_CARD").isEmpty(), "no button to show it");
        assertTrue(browser.all("#detailsForm\\:edit").isEmpty(), "no button to edit");
        browser.open("/people/edit.xhtml");
        assertEquals("403", browser.errorPage());
        browser.open("/audit/entries.xhtml");
        assertEquals("403", browser.errorPage());
    }

    private void openDetailsOf(String name) {
        browser.open("/people/list.xhtml");
        browser.type("#peopleForm\\:name", name);
        browser.click("#peopleForm\\:search");
        assertTrue(browser.text("#peopleForm\\:people").contains(name));
        browser.click("#peopleForm\\:people\\:0\\:show");
        browser.waitForText("#detailsName", text -> text.equals(name));
    }
}
