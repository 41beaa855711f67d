package org.jinguo.platform.web;

import org.jinguo.testsupport.Browser;

/** Changing one's own password (account/password.xhtml), also where a new user is sent first. */
public final class PasswordPage {

    private final Browser browser;

    private PasswordPage(Browser browser) {
        this.browser = browser;
    }

    public static PasswordPage open(Browser browser) {
        browser.open("/account/password.xhtml");
        return new PasswordPage(browser);
    }

    /** The page the browser shows now (a new user lands here after signing in). */
    public static PasswordPage shown(Browser browser) {
        return new PasswordPage(browser);
    }

    /** Fills and sends the form (the new password twice). */
    public PasswordPage change(String current, String chosen, String confirmation) {
        browser.type("#passwordForm\\:currentPassword", current);
        browser.type("#passwordForm\\:newPassword", chosen);
        browser.type("#passwordForm\\:confirmation", confirmation);
        browser.click("#passwordForm\\:change");
        return this;
    }

    /** Changes the password and waits for the redirect home that follows a successful change. */
    public void choose(String current, String chosen) {
        change(current, chosen, chosen);
        browser.waitForPath(path -> !path.startsWith("/account/password.xhtml"));
    }

    public String text() {
        return browser.text("#passwordForm");
    }
}
