package org.jinguo.notice.web;

import java.util.function.Predicate;
import org.jinguo.testsupport.Browser;

/** A sent notice as its sender reads it back (notices/view.xhtml): who read and answered, the results. */
public final class NoticePage {

    private final Browser browser;

    private NoticePage(Browser browser) {
        this.browser = browser;
    }

    public static NoticePage shown(Browser browser) {
        return new NoticePage(browser);
    }

    public String title() {
        return browser.text("#noticeTitle");
    }

    public String progress() {
        return browser.text("#progress");
    }

    public String results() {
        return browser.text("#noticeView\\:results");
    }

    /** Shows the receipts of one filter button (1: all, 2: unread, 3: unanswered) once they satisfy {@code condition}. */
    public String receipts(int filter, Predicate<String> condition) {
        browser.click("#noticeView\\:filter .ui-button:nth-child(" + filter + ")");
        return browser.waitForText("#noticeView\\:receipts", condition);
    }
}
