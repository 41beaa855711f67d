package org.jinguo.incubation.web;

import java.util.function.Predicate;
import org.jinguo.testsupport.Browser;

/** The social organisations (incubation/organisations.xhtml): filter, export, and the new-organisation dialog. */
public final class OrganisationsPage {

    private final Browser browser;

    private OrganisationsPage(Browser browser) {
        this.browser = browser;
    }

    public static OrganisationsPage open(Browser browser) {
        browser.open("/incubation/organisations.xhtml");
        return new OrganisationsPage(browser);
    }

    /** Opens the dialog for a new organisation. */
    public OrganisationsPage newOrganisation() {
        browser.click("#orgsForm\\:newOrg");
        return this;
    }

    public OrganisationsPage name(String name) {
        browser.type("#orgForm\\:name", name);
        return this;
    }

    public OrganisationsPage introduction(String text) {
        browser.type("#orgForm\\:introduction", text);
        return this;
    }

    /** Its kind (an OrgKind). */
    public OrganisationsPage kind(String kind) {
        browser.choose("orgForm:kind", kind);
        return this;
    }

    public void create() {
        browser.click("#orgForm\\:create");
    }

    public String dialog() {
        return browser.text("#orgForm\\:orgDialog");
    }

    public String introductionValue() {
        return browser.value("#orgForm\\:introduction");
    }

    /** Filters by name and waits until the list satisfies {@code condition}. */
    public String search(String text, Predicate<String> condition) {
        browser.type("#orgsForm\\:text", text);
        browser.click("#orgsForm\\:search");
        return browser.waitForText("#orgsForm\\:orgs", condition);
    }

    /** Exports the filtered list; the spreadsheet's bytes. */
    public byte[] export() {
        browser.click("#orgsForm\\:export");
        return browser.downloaded(".xlsx");
    }
}
