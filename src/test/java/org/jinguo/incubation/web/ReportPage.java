package org.jinguo.incubation.web;

import java.util.function.Predicate;
import org.jinguo.testsupport.Browser;

/** The incubation base's report for a period and subtree (incubation/report.xhtml). */
public final class ReportPage {

    private final Browser browser;

    private ReportPage(Browser browser) {
        this.browser = browser;
    }

    public static ReportPage open(Browser browser) {
        browser.open("/incubation/report.xhtml");
        return new ReportPage(browser);
    }

    public ReportPage ofUnit(String unit) {
        browser.pick("#reportForm\\:unit_input", unit);
        browser.click("#reportForm\\:show");
        return this;
    }

    public String residents(Predicate<String> condition) {
        return browser.waitForText("#residents", condition);
    }

    public String graduated() {
        return browser.text("#graduated");
    }

    public String fromTeams() {
        return browser.text("#fromTeams");
    }
}
