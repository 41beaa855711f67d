package org.jinguo.person.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jinguo.testsupport.Browser;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;

/**
 * Two colleagues edit the same person at once: the first save wins; the second gets a clear message,
 * keeps what she typed, and can reload the stored version. Nothing is overwritten silently.
 */
class ConcurrentEditBrowserIT extends BrowserTestBase {

    @Test
    void theSecondToSaveIsToldKeepsHerInputAndCanReload() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        String name = TestData.unique("并发");
        PersonEditPage.openNew(browser).name(name).address("重庆市江北区建新北路 1 号").save();
        PersonEditPage mine = PeoplePage.shown(browser).searchByName(name).showFirst().edit();
        String editPage = browser.path();
        assertTrue(editPage.startsWith("/people/edit.xhtml?id="), editPage);

        try (Browser colleague = new Browser(base)) {
            colleague.signIn("district", DEMO_PASSWORD);
            PersonEditPage hers = PersonEditPage.openAt(colleague, editPage).address("重庆市江北区建新北路 2 号(同事)");

            mine.address("重庆市江北区建新北路 3 号").save();
            assertTrue(browser.path().startsWith("/people/list.xhtml"), "the first save wins");

            hers.save();
            assertEquals("", colleague.errorPage());
            assertTrue(colleague.body().contains("该记录已被他人修改"), "a clear message");
            assertEquals("重庆市江北区建新北路 2 号(同事)", hers.addressValue(), "her input is kept");
            colleague.screenshot("concurrent-edit");

            hers.reload();
            assertEquals("重庆市江北区建新北路 3 号", hers.addressValue(), "reload shows what is stored");
        }
    }
}
