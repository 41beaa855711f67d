package org.jinguo.notice.web;

import java.util.function.Predicate;
import org.jinguo.testsupport.Browser;

/** An executive member's portal (portal/notices.xhtml and the notice she opens from it, portal/notice.xhtml). */
public final class MyNoticesPage {

    private final Browser browser;

    private MyNoticesPage(Browser browser) {
        this.browser = browser;
    }

    public static MyNoticesPage open(Browser browser) {
        browser.open("/portal/notices.xhtml");
        return new MyNoticesPage(browser);
    }

    public String notices() {
        return browser.text("#myNotices\\:notices");
    }

    /** Opens the first notice. */
    public MyNoticesPage openFirst() {
        browser.click("#myNotices\\:notices a[id$='open']");
        return this;
    }

    public String title() {
        return browser.text("#noticeTitle");
    }

    /** Answers the open poll: the option of that index (from 0) and a comment. */
    public MyNoticesPage answer(int option, String comment) {
        browser.click("label[for='answerForm\\:answer\\:" + option + "']");
        browser.type("#answerForm\\:comment", comment);
        browser.click("#answerForm\\:submitAnswer");
        return this;
    }

    public String answerForm(Predicate<String> condition) {
        return browser.waitForText("#answerForm", condition);
    }
}
