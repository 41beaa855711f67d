package org.jinguo.notice.web;

import org.jinguo.testsupport.Browser;

/** Writing a notice or poll to the executive members (notices/edit.xhtml). */
public final class NoticeEditPage {

    private final Browser browser;

    private NoticeEditPage(Browser browser) {
        this.browser = browser;
    }

    public static NoticeEditPage open(Browser browser) {
        browser.open("/notices/edit.xhtml");
        return new NoticeEditPage(browser);
    }

    /** A poll with its title, text and two options. */
    public NoticeEditPage poll(String title, String body, String firstOption, String secondOption) {
        browser.click("#noticeForm\\:kind .ui-button:nth-child(2)");
        browser.type("#noticeForm\\:title", title);
        browser.type("#noticeForm\\:body", body);
        browser.type("#noticeForm\\:options\\:0\\:option", firstOption);
        browser.type("#noticeForm\\:options\\:1\\:option", secondOption);
        return this;
    }

    public NoticeEditPage closesOn(String date) {
        browser.setValue("#noticeForm\\:closesOn_input", date);
        return this;
    }

    /** Sends it, confirming the question. */
    public void send() {
        browser.click("#noticeForm\\:send");
        browser.clickToLoad("#noticeForm\\:confirmYes");
    }

    public String text() {
        return browser.text("#noticeForm");
    }

    public String titleValue() {
        return browser.value("#noticeForm\\:title");
    }
}
