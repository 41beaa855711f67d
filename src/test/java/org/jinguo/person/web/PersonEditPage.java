package org.jinguo.person.web;

import org.jinguo.testsupport.Browser;

/** A person's form (people/edit.xhtml): a new person, or one opened from the registry. */
public final class PersonEditPage {

    private final Browser browser;

    private PersonEditPage(Browser browser) {
        this.browser = browser;
    }

    /** The form for a new person. */
    public static PersonEditPage openNew(Browser browser) {
        browser.open("/people/edit.xhtml");
        return new PersonEditPage(browser);
    }

    /** The form at an address seen before (e.g. another user's edit page). */
    public static PersonEditPage openAt(Browser browser, String path) {
        browser.open(path);
        return new PersonEditPage(browser);
    }

    static PersonEditPage shown(Browser browser) {
        return new PersonEditPage(browser);
    }

    public PersonEditPage name(String name) {
        browser.type("#personForm\\:name", name);
        return this;
    }

    /** Sets the name as a hand-made request could, past the field's maxlength. */
    public PersonEditPage nameAsSent(String name) {
        browser.setValue("#personForm\\:name", name);
        return this;
    }

    public PersonEditPage idCard(String idCard) {
        browser.type("#personForm\\:idCard", idCard);
        return this;
    }

    public PersonEditPage phone(String phone) {
        browser.type("#personForm\\:phone", phone);
        return this;
    }

    public PersonEditPage address(String address) {
        browser.type("#personForm\\:address", address);
        return this;
    }

    public PersonEditPage birthDate(String date) {
        browser.type("#personForm\\:birthDate_input", date);
        return this;
    }

    public PersonEditPage clearBirthDate() {
        browser.find("#personForm\\:birthDate_input").clear();
        return this;
    }

    /** Ticks the first background tag (community activist). */
    public PersonEditPage firstTag() {
        browser.click("#personForm\\:tags label[for$='\\:0']");
        return this;
    }

    public void save() {
        browser.clickToLoad("#personForm\\:save");
    }

    /** Loads the stored version again, confirming the question. */
    public void reload() {
        browser.click("#personForm\\:reload");
        browser.click(".ui-confirmdialog-yes");
    }

    public String text() {
        return browser.text("#personForm");
    }

    public String nameValue() {
        return browser.value("#personForm\\:name");
    }

    public String addressValue() {
        return browser.value("#personForm\\:address");
    }
}
