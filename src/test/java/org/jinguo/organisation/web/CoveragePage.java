package org.jinguo.organisation.web;

import org.jinguo.testsupport.Browser;

/** Work and organisation coverage of a subtree with the gaps (organisation/coverage.xhtml). */
public final class CoveragePage {

    private final Browser browser;

    private CoveragePage(Browser browser) {
        this.browser = browser;
    }

    public static CoveragePage shown(Browser browser) {
        return new CoveragePage(browser);
    }

    public String unit() {
        return browser.text("#coverageUnit");
    }

    public String organisationGaps() {
        return browser.text("#organisationGaps");
    }

    public String workGaps() {
        return browser.text("#workGaps");
    }

    /** The organisation coverage's figure, e.g. "87.5%". */
    public String organisationPercent() {
        return browser.text("#organisation .jg-percent");
    }

    /** The organisation coverage's classes: jg-met or jg-missed. */
    public String organisationState() {
        return browser.find("#organisation").getAttribute("class");
    }

    public void exportGaps() {
        browser.click("#coverageForm\\:exportGaps");
    }
}
