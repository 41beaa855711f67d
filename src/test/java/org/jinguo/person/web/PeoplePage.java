package org.jinguo.person.web;

import org.jinguo.testsupport.Browser;

/** The person registry (people/list.xhtml): the filter, the list and a person's details. */
public final class PeoplePage {

    static final String ID_CARD = "#detailsForm .jg-value-ID_CARD";

    private final Browser browser;

    private PeoplePage(Browser browser) {
        this.browser = browser;
    }

    public static PeoplePage open(Browser browser) {
        browser.open("/people/list.xhtml");
        return new PeoplePage(browser);
    }

    /** The page the browser shows now (after saving a person, the list). */
    public static PeoplePage shown(Browser browser) {
        return new PeoplePage(browser);
    }

    public PeoplePage searchByName(String name) {
        browser.type("#peopleForm\\:name", name);
        browser.click("#peopleForm\\:search");
        return this;
    }

    /** Filters by an ID-card number set as a hand-made request could (past maxlength). */
    public PeoplePage searchByIdCardAsSent(String idCard) {
        browser.setValue("#peopleForm\\:idCard", idCard);
        browser.click("#peopleForm\\:search");
        return this;
    }

    public PeoplePage clearIdCard() {
        browser.type("#peopleForm\\:idCard", "");
        return this;
    }

    public String people() {
        return browser.text("#peopleForm\\:people");
    }

    /** Shows the details of the first person listed. */
    public PeoplePage showFirst() {
        browser.click("#peopleForm\\:people\\:0\\:show");
        return this;
    }

    /** Shows the details of the first person listed and waits for her name. */
    public PeoplePage showFirstNamed(String name) {
        showFirst();
        browser.waitForText("#detailsName", text -> text.equals(name));
        return this;
    }

    /** A sensitive field of the shown person as the page shows it (ID_CARD, PHONE, ADDRESS). */
    public String field(String field) {
        return browser.text("#detailsForm .jg-value-" + field);
    }

    /** Whether the page offers to show the field in full. */
    public boolean offersToReveal(String field) {
        return !browser.all("#detailsForm .jg-reveal-" + field).isEmpty();
    }

    /** Shows the field in full and waits until it reads as {@code full} says. */
    public String reveal(String field, java.util.function.Predicate<String> full) {
        browser.click("#detailsForm .jg-reveal-" + field);
        return browser.waitForText("#detailsForm .jg-value-" + field, full);
    }

    public boolean offersToEdit() {
        return !browser.all("#detailsForm\\:edit").isEmpty();
    }

    public PersonEditPage edit() {
        browser.click("#detailsForm\\:edit");
        return PersonEditPage.shown(browser);
    }
}
