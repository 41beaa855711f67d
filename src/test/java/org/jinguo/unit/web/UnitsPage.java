package org.jinguo.unit.web;

import org.jinguo.testsupport.Browser;

/** The organisation tree (organisation/units.xhtml): the tree, the search, a unit's details and its links. */
public final class UnitsPage {

    private final Browser browser;

    private UnitsPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the tree at the user's own unit. */
    public static UnitsPage open(Browser browser) {
        browser.open("/organisation/units.xhtml");
        return new UnitsPage(browser);
    }

    /** Opens the tree at the unit with this id (as typed into the address). */
    public static UnitsPage openAt(Browser browser, String unitId) {
        browser.open("/organisation/units.xhtml?id=" + unitId);
        return new UnitsPage(browser);
    }

    /** The page the browser shows now, e.g. after saving a unit. */
    public static UnitsPage shown(Browser browser) {
        return new UnitsPage(browser);
    }

    public String tree() {
        return browser.text("#unitsForm\\:tree");
    }

    /** Searches by name and opens the first result. */
    public void findAndShow(String name) {
        browser.type("#unitsForm\\:searchText", name);
        browser.find("#unitsForm\\:searchResults .jg-result-link");
        browser.settle();
        browser.click("#unitsForm\\:searchResults .jg-result-link");
    }

    /** The shown unit's name. */
    public String name() {
        return browser.text("#detailName");
    }

    /** The shown unit's id, as the page carries it. */
    public String unitId() {
        return browser.find("#detailName").getAttribute("data-unit-id");
    }

    public String women() {
        return browser.text("#detailWomen");
    }

    public String stations() {
        return browser.text("#unitsForm\\:detailStations");
    }

    /** Adds a unit below the shown one. */
    public UnitEditPage addChild() {
        browser.click("#unitsForm\\:addChild");
        return UnitEditPage.shown(browser);
    }

    /** The shown unit's terms (organisation/terms.xhtml). */
    public void openTerms() {
        browser.click("#unitsForm\\:terms");
    }

    /** The shown unit's coverage (organisation/coverage.xhtml). */
    public void openCoverage() {
        browser.click("#unitsForm\\:coverage");
    }

    /** The shown unit's executive-member mechanisms (organisation/mechanisms.xhtml). */
    public void openMechanisms() {
        browser.click("#unitsForm\\:mechanisms");
    }
}
