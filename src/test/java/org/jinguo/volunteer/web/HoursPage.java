package org.jinguo.volunteer.web;

import org.jinguo.testsupport.Browser;

/** Hours waiting for approval and their totals (volunteer/hours.xhtml). */
public final class HoursPage {

    private final Browser browser;

    private HoursPage(Browser browser) {
        this.browser = browser;
    }

    public static HoursPage open(Browser browser) {
        browser.open("/volunteer/hours.xhtml");
        return new HoursPage(browser);
    }

    /** Approves the waiting hours of the volunteer called {@code name}. */
    public HoursPage approve(String name) {
        browser.clickInRow("#hoursForm\\:tabs\\:hours tr", name, "button[id$='approve']");
        return this;
    }

    public String messages() {
        return browser.pageMessages();
    }
}
