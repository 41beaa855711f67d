package org.jinguo.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jinguo.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;

/**
 * The shell on a phone: the menu is folded away, and the header's menu button opens it and closes it again, with no
 * script refused by the Content-Security-Policy (an inline handler would be).
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

    private boolean menuShown() {
        return browser.driver().findElement(org.openqa.selenium.By.id("jgSide")).isDisplayed();
    }
}
