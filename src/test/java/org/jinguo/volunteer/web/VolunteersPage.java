package org.jinguo.volunteer.web;

import org.jinguo.testsupport.Browser;

/** The volunteer list (volunteer/volunteers.xhtml) and a volunteer's page opened from it. */
public final class VolunteersPage {

    private final Browser browser;

    private VolunteersPage(Browser browser) {
        this.browser = browser;
    }

    public static VolunteersPage open(Browser browser) {
        browser.open("/volunteer/volunteers.xhtml");
        return new VolunteersPage(browser);
    }

    /** Lists the applicants waiting for review and opens the one called {@code name}. */
    public VolunteersPage openApplicant(String name) {
        browser.click("#volunteersForm\\:applicants");
        browser.waitForText("#volunteersForm\\:volunteers", t -> t.contains(name));
        browser.clickInRow("#volunteersForm\\:volunteers tr", name, "a[id$='open']");
        return this;
    }

    /** On her page: approves her and waits for her status to read {@code status}. */
    public String approve(String status) {
        browser.click("#statusForm\\:approve");
        return browser.waitForText("#status", t -> t.equals(status));
    }
}
