package org.jinguo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.testsupport.Browser;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two colleagues edit the same person at once: the first save wins; the second gets a clear message,
 * keeps what she typed, and can reload the stored version. Nothing is overwritten silently.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentEditBrowserIT extends BrowserTestBase {

    @Test
    void theSecondToSaveIsToldKeepsHerInputAndCanReload() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        String name = TestData.unique("并发");
        browser.open("/people/edit.xhtml");
        browser.type("#personForm\\:name", name);
        browser.type("#personForm\\:address", "重庆市江北区建新北路 1 号");
        browser.click("#personForm\\:save");
        browser.type("#peopleForm\\:name", name);
        browser.click("#peopleForm\\:search");
        browser.click("#peopleForm\\:people\\:0\\:show");
        browser.click("#detailsForm\\:edit");
        String editPage = browser.path();
        assertTrue(editPage.startsWith("/people/edit.xhtml?id="), editPage);

        try (Browser colleague = new Browser(base)) {
            colleague.signIn("district", DEMO_PASSWORD);
            colleague.open(editPage);
            colleague.type("#personForm\\:address", "重庆市江北区建新北路 2 号(同事)");

            browser.type("#personForm\\:address", "重庆市江北区建新北路 3 号");
            browser.click("#personForm\\:save");
            assertTrue(browser.path().startsWith("/people/list.xhtml"), "the first save wins");

            colleague.click("#personForm\\:save");
            assertEquals("", colleague.errorPage());
            assertTrue(colleague.body().contains("该记录已被他人修改"), "a clear message");
            assertEquals("重庆市江北区建新北路 2 号(同事)",
                    colleague.find("#personForm\\:address").getAttribute("value"), "her input is kept");
            colleague.screenshot("concurrent-edit");

            colleague.click("#personForm\\:reload");
            colleague.click(".ui-confirmdialog-yes");
            assertEquals("重庆市江北区建新北路 3 号", colleague.find("#personForm\\:address").getAttribute("value"),
                    "reload shows what is stored");
        }
    }
}
