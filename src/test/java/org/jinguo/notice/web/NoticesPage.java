package org.jinguo.notice.web;

import org.jinguo.testsupport.Browser;

/** The notices a unit sent (notices/list.xhtml). */
public final class NoticesPage {

    private final Browser browser;

    private NoticesPage(Browser browser) {
        this.browser = browser;
    }

    public static NoticesPage open(Browser browser) {
        browser.open("/notices/list.xhtml");
        return new NoticesPage(browser);
    }

    /** Filters by title and opens the only notice left. */
    public NoticePage openOnly(String title, String absent) {
        browser.type("#noticesForm\\:text", title);
        browser.waitForText("#noticesForm\\:notices", t -> t.contains(title) && !t.contains(absent));
        browser.click("#noticesForm\\:notices a[id$='open']");
        return NoticePage.shown(browser);
    }
}
