package org.jinguo.volunteer.web;

import java.util.function.Predicate;
import org.jinguo.testsupport.Browser;

/** One activity (volunteer/activity.xhtml): its QR code for the venue and its sign-ups. */
public final class ActivityPage {

    private final Browser browser;

    private ActivityPage(Browser browser) {
        this.browser = browser;
    }

    public static ActivityPage open(Browser browser, String path) {
        browser.open(path);
        return new ActivityPage(browser);
    }

    static ActivityPage shown(Browser browser) {
        return new ActivityPage(browser);
    }

    /** The check-in link the QR code carries. */
    public String checkinLink() {
        return browser.find("#signupsForm\\:checkinLink").getAttribute("href");
    }

    public String qrSource() {
        return browser.find("#qr").getAttribute("src");
    }

    /** Whether the browser could draw the QR code. */
    public boolean qrShows() {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.getElementById('qr').naturalWidth > 0;");
    }

    /** Scans for the volunteer called {@code name} at the desk (checks her in, or out). */
    public ActivityPage scan(String name) {
        browser.clickInRow("#signupsForm\\:signups tr", name, "button[id$='scan']");
        return this;
    }

    public String signups(Predicate<String> condition) {
        return browser.waitForText("#signupsForm\\:signups", condition);
    }
}
