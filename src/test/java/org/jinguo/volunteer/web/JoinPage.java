package org.jinguo.volunteer.web;

import org.jinguo.testsupport.Browser;

/** The public page where a woman applies to volunteer (join.xhtml), no account needed. */
public final class JoinPage {

    private final Browser browser;

    private JoinPage(Browser browser) {
        this.browser = browser;
    }

    public static JoinPage open(Browser browser) {
        browser.open("/join.xhtml");
        return new JoinPage(browser);
    }

    /** Fills what she is asked: name, ID-card number, phone, the first skill, her sign-in. */
    public JoinPage fill(String name, String idCard, String phone, String username, String password) {
        browser.type("#joinForm\\:name", name);
        browser.type("#joinForm\\:idCard", idCard);
        browser.type("#joinForm\\:phone", phone);
        browser.click("#joinForm\\:skills .ui-chkbox-box");
        browser.type("#joinForm\\:username", username);
        browser.type("#joinForm\\:password", password);
        return this;
    }

    public JoinPage phone(String phone) {
        browser.type("#joinForm\\:phone", phone);
        return this;
    }

    public JoinPage password(String password) {
        browser.type("#joinForm\\:password", password);
        return this;
    }

    /** Chooses her community by (part of) its name. */
    public JoinPage community(String name) {
        String community = browser.all("#joinForm\\:communityId_input option").stream()
                .filter(o -> o.getAttribute("textContent").contains(name)).findFirst().orElseThrow().getAttribute("value");
        browser.choose("joinForm:communityId", community);
        return this;
    }

    public JoinPage consent() {
        browser.click("#joinForm\\:consent .ui-chkbox-box");
        return this;
    }

    public void apply() {
        browser.click("#joinForm\\:apply");
    }

    public String text() {
        return browser.text("#joinForm");
    }

    public String nameValue() {
        return browser.value("#joinForm\\:name");
    }

    public String done() {
        return browser.text("#joinForm\\:done");
    }
}
