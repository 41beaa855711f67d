package org.jinguo.platform.web;

import org.jinguo.testsupport.Browser;

/** The sign-in page (login.xhtml), for what signing in through {@link Browser#signIn} does not show. */
public final class SignInPage {

    private final Browser browser;

    private SignInPage(Browser browser) {
        this.browser = browser;
    }

    public static SignInPage open(Browser browser) {
        browser.open("/login.xhtml");
        return new SignInPage(browser);
    }

    /** The page the browser shows now (after a refused sign-in, the sign-in page again). */
    public static SignInPage shown(Browser browser) {
        return new SignInPage(browser);
    }

    /** Sends the form with values set as a hand-made request could (past maxlength). */
    public void sendAsIs(String username, String password) {
        browser.setValue("#loginForm\\:username", username);
        browser.setValue("#loginForm\\:password", password);
        browser.click("#loginForm\\:signIn");
    }

    public String messages() {
        return browser.text("#loginForm\\:loginMessages");
    }

    public String username() {
        return browser.value("#loginForm\\:username");
    }
}
