package org.jinguo.organisation.web;

import org.jinguo.testsupport.Browser;

/** The organisation chart (organisation/chart.xhtml). */
public final class ChartPage {

    private final Browser browser;

    private ChartPage(Browser browser) {
        this.browser = browser;
    }

    public static ChartPage open(Browser browser) {
        browser.open("/organisation/chart.xhtml");
        return new ChartPage(browser);
    }

    public String chart() {
        return browser.text("#chartForm\\:chart");
    }
}
