package org.jinguo.platform.web;

import org.jinguo.testsupport.Browser;

/** The home page (index.xhtml) and the header every page shares: the user, the language switch. */
public final class HomePage {

    private final Browser browser;

    private HomePage(Browser browser) {
        this.browser = browser;
    }

    public static HomePage open(Browser browser) {
        browser.open("/index.xhtml");
        return new HomePage(browser);
    }

    /** The page the browser shows now (after signing in, the home page). */
    public static HomePage shown(Browser browser) {
        return new HomePage(browser);
    }

    public String currentUser() {
        return browser.text("#currentUser");
    }

    public String welcome() {
        return browser.text("#welcome");
    }

    /** The header's sign-out button's label, in the page's language. */
    public String signOutLabel() {
        return browser.text("#headerForm\\:signOut");
    }

    public void switchToEnglish() {
        browser.clickToLoad("#headerForm\\:langEn");
    }

    /** Whether the home page offers the tile with this id (e.g. tileUnits, tileMyNotices). */
    public boolean hasTile(String id) {
        return !browser.all("#" + id).isEmpty();
    }
}
