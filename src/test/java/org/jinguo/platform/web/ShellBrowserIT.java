package org.jinguo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jinguo.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;

/**
 * The shell on a phone: the menu is folded away, and the header's menu button opens it and closes it again, with no
 * script refused by the Content-Security-Policy (an inline handler would be); a list's sort control says which
 * order the list is in.
 */
class ShellBrowserIT extends BrowserTestBase {

    @Test
    void onAPhoneTheMenuButtonOpensAndClosesTheMenu() {
        browser.signIn("district", DEMO_PASSWORD);
        browser.viewport(390, 844);
        browser.open("/index.xhtml");
        browser.consoleErrors();
        assertFalse(menuShown(), "folded away on a phone");
        browser.click(".jg-menu-toggle");
        assertTrue(menuShown(), "the button opens the menu");
        browser.click(".jg-menu-toggle");
        assertFalse(menuShown(), "and closes it");
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.stream().noneMatch(e -> e.contains("Content Security Policy")), errors.toString());
    }

    @Test
    void onAPhoneAListInItsOwnOrderSaysSoAndTheOrderChosenIsShown() throws InterruptedException {
        browser.signIn("district", DEMO_PASSWORD);
        browser.viewport(390, 844);
        browser.open("/organisation/holders.xhtml");
        assertEquals("默认顺序", shownOrder(), "not the first column's ascending");

        String descendingByName = "select[id$='_reflowDD'] option[data-columnkey$=':name'][data-sortorder='1']";
        String chosen = (String) script("var option = document.querySelector(arguments[0]); option.selected = true;"
                + "jQuery(option.parentNode).trigger('change'); return option.text;", descendingByName);
        long deadline = System.currentTimeMillis() + 10_000;
        while (!"descending".equals(script("return document.querySelector(\"th[id$=':name']\").getAttribute('aria-sort');"))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals("descending", script("return document.querySelector(\"th[id$=':name']\").getAttribute('aria-sort');"),
                "the list was sorted by name, last first");
        assertEquals(chosen, shownOrder(), "the column's own option, found by its id rather than its Chinese title");
    }

    private String shownOrder() {
        return (String) script("var s = document.querySelector(\"select[id$='_reflowDD']\");"
                + "return s.options[s.selectedIndex].text;");
    }

    private Object script(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }

    private boolean menuShown() {
        return browser.driver().findElement(org.openqa.selenium.By.id("jgSide")).isDisplayed();
    }
}
