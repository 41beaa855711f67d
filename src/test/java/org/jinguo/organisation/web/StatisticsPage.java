package org.jinguo.organisation.web;

import org.jinguo.testsupport.Browser;

/** The office-holder statistics of a subtree (organisation/statistics.xhtml). */
public final class StatisticsPage {

    private final Browser browser;

    private StatisticsPage(Browser browser) {
        this.browser = browser;
    }

    public static StatisticsPage shown(Browser browser) {
        return new StatisticsPage(browser);
    }

    public String unit() {
        return browser.text("#statisticsUnit");
    }

    public String unitsWithTerm() {
        return browser.text("#unitsWithTerm");
    }

    /** The count of one office (CHAIR, VICE_CHAIR, EXECUTIVE_MEMBER). */
    public String count(String position) {
        return browser.text("#byPosition .jg-stat-" + position + " .jg-count");
    }

    public String total() {
        return browser.text("#byPosition .jg-stat-total");
    }
}
