package org.jinguo.volunteer.web;

import org.jinguo.testsupport.Browser;

/** A volunteer's own portal (portal/volunteer.xhtml): her standing, activities near her, hours, certificate. */
public final class MyVolunteeringPage {

    private final Browser browser;

    private MyVolunteeringPage(Browser browser) {
        this.browser = browser;
    }

    public static MyVolunteeringPage open(Browser browser) {
        browser.open("/portal/volunteer.xhtml");
        return new MyVolunteeringPage(browser);
    }

    /** What an applicant is told while she waits for review. */
    public String awaitingReview() {
        return browser.text("[id$='awaitingReview']");
    }

    /** Signs up for the open activity with this title. */
    public MyVolunteeringPage signUpFor(String title) {
        browser.clickInRow("#myForm\\:tabs\\:open tr", title, "button[id$='signUp']");
        return this;
    }

    public String messages() {
        return browser.pageMessages();
    }

    public String hours() {
        return browser.text("#myHours");
    }

    /** Downloads her certificate of service; its bytes. */
    public byte[] certificate() {
        browser.click("#myForm\\:certificate");
        return browser.downloaded(".pdf");
    }
}
