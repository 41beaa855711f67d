package org.jinguo.volunteer.web;

import org.jinguo.testsupport.Browser;

/** Where the venue's QR code leads a signed-in volunteer (portal/checkin.xhtml): checked in or out. */
public final class CheckinPage {

    private final Browser browser;

    private CheckinPage(Browser browser) {
        this.browser = browser;
    }

    /** Follows the link the QR code carries, as her phone's camera would, and taps to check in or out. */
    public static CheckinPage scan(Browser browser, String link) {
        browser.driver().get(link);
        browser.click("#checkinForm\\:scan");
        return new CheckinPage(browser);
    }

    /** Only follows the link: nothing is recorded until she taps. */
    public static CheckinPage open(Browser browser, String link) {
        browser.driver().get(link);
        return new CheckinPage(browser);
    }

    public String result() {
        return browser.text("[id$='checkinResult']");
    }

    public String form() {
        return browser.text("#checkinForm");
    }
}
