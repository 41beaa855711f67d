package org.jinguo.organisation.web;

import java.util.function.Predicate;
import org.jinguo.testsupport.Browser;

/** A unit's terms and their office holders (organisation/terms.xhtml), reached from the unit tree. */
public final class TermsPage {

    private final Browser browser;

    private TermsPage(Browser browser) {
        this.browser = browser;
    }

    /** The page the browser shows now. */
    public static TermsPage shown(Browser browser) {
        return new TermsPage(browser);
    }

    public String unit() {
        return browser.text("#termsUnit");
    }

    public String text() {
        return browser.text("#termsForm");
    }

    /** Fills the new-term dialog with its three dates (yyyy-MM-dd) and creates the term. */
    public TermsPage newTerm(String election, String starts, String ends) {
        browser.click("#termsForm\\:newTerm");
        browser.setValue("#termForm\\:electionDate_input", election);
        browser.setValue("#termForm\\:startsOn_input", starts);
        browser.setValue("#termForm\\:endsOn_input", ends);
        browser.click("#termForm\\:createTerm");
        return this;
    }

    /** Corrects the last day in the still open dialog and creates the term. */
    public TermsPage correctEnd(String ends) {
        browser.setValue("#termForm\\:endsOn_input", ends);
        browser.click("#termForm\\:createTerm");
        return this;
    }

    public String termDialog() {
        return browser.text("#termForm");
    }

    /** The shown term's heading once it satisfies {@code condition}. */
    public String shownTerm(Predicate<String> condition) {
        return browser.waitForText("#shownTerm", condition);
    }

    /** Adds an office holder picked from the registry by the start of her name. */
    public TermsPage addHolder(String namePrefix, String position) {
        browser.pick("#holderForm\\:person_input", namePrefix);
        browser.choose("holderForm:position", position);
        browser.click("#holderForm\\:addHolder");
        return this;
    }

    /** Adds an office holder who is new to the registry: registered in the dialog on the form, then added. */
    public TermsPage addNewHolder(String name, String birthDate, String position) {
        browser.click("#holderForm\\:newPerson");
        browser.type("#newPersonForm\\:quickName", name);
        browser.type("#newPersonForm\\:quickBirthDate_input", birthDate);
        browser.click("#newPersonForm\\:quickSave");
        browser.choose("holderForm:position", position);
        browser.click("#holderForm\\:addHolder");
        return this;
    }

    /** The shown term's office holders once they satisfy {@code condition}. */
    public String holders(Predicate<String> condition) {
        return browser.waitForText("#termsForm\\:shown", condition);
    }

    public String holders() {
        return browser.text("#termsForm\\:shown");
    }

    public void openStatistics() {
        browser.click("#termsForm\\:statistics");
    }

    public void openImport() {
        browser.click("#holderForm\\:importHolders");
    }
}
