package org.jinguo.unit.web;

import java.util.function.Predicate;
import org.jinguo.testsupport.Browser;

/** The filtered unit list (organisation/unit-list.xhtml). */
public final class UnitListPage {

    private final Browser browser;

    private UnitListPage(Browser browser) {
        this.browser = browser;
    }

    public static UnitListPage open(Browser browser) {
        browser.open("/organisation/unit-list.xhtml");
        return new UnitListPage(browser);
    }

    public UnitListPage searchByName(String name) {
        browser.type("#unitListForm\\:name", name);
        browser.click("#unitListForm\\:search");
        return this;
    }

    /** The list once it satisfies {@code condition} (after the search refreshed it). */
    public String units(Predicate<String> condition) {
        return browser.waitForText("#unitListForm\\:units", condition);
    }
}
