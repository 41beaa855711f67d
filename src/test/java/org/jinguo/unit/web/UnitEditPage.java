package org.jinguo.unit.web;

import org.jinguo.testsupport.Browser;

/** A unit's form (organisation/unit-edit.xhtml): name, contact, figures, service stations. */
public final class UnitEditPage {

    private final Browser browser;

    private UnitEditPage(Browser browser) {
        this.browser = browser;
    }

    public static UnitEditPage open(Browser browser, String unitId) {
        browser.open("/organisation/unit-edit.xhtml?id=" + unitId);
        return new UnitEditPage(browser);
    }

    static UnitEditPage shown(Browser browser) {
        return new UnitEditPage(browser);
    }

    public UnitEditPage name(String name) {
        browser.type("#unitForm\\:name", name);
        return this;
    }

    /** Sets the name as a hand-made request could, past the field's maxlength. */
    public UnitEditPage nameAsSent(String name) {
        browser.setValue("#unitForm\\:name", name);
        return this;
    }

    public UnitEditPage address(String address) {
        browser.type("#unitForm\\:address", address);
        return this;
    }

    /** Sets the address as a hand-made request could, past the field's maxlength. */
    public UnitEditPage addressAsSent(String address) {
        browser.setValue("#unitForm\\:address", address);
        return this;
    }

    public UnitEditPage contactPhone(String phone) {
        browser.type("#unitForm\\:contactPhone", phone);
        return this;
    }

    public UnitEditPage code(String code) {
        browser.type("#unitForm\\:code", code);
        return this;
    }

    public UnitEditPage women(String count) {
        browser.type("#unitForm\\:womenCount_input", count);
        return this;
    }

    /** Adds a service station row and names it; rows count from 0. */
    public UnitEditPage addStation(int row, String name) {
        browser.click("#unitForm\\:addStation");
        browser.type("#unitForm\\:stations\\:" + row + "\\:stationName", name);
        return this;
    }

    public UnitEditPage stationLink(int row, String link) {
        browser.type("#unitForm\\:stations\\:" + row + "\\:stationLink", link);
        return this;
    }

    public String stationName(int row) {
        return browser.value("#unitForm\\:stations\\:" + row + "\\:stationName");
    }

    /** Removes a station row and waits until {@code remaining} rows are left. */
    public UnitEditPage removeStation(int row, int remaining) {
        browser.click("#unitForm\\:stations\\:" + row + "\\:removeStation");
        browser.waitForText("#unitForm\\:stations", text -> browser.all("#unitForm\\:stations tbody tr").size() == remaining);
        return this;
    }

    public void save() {
        browser.clickToLoad("#unitForm\\:save");
    }

    /** Everything the form shows, its messages included. */
    public String text() {
        return browser.text("#unitForm");
    }

    /** The first message at a field. */
    public String fieldMessage() {
        return browser.text("#unitForm .jg-field .ui-message-error");
    }

    public String nameValue() {
        return browser.value("#unitForm\\:name");
    }

    public String addressValue() {
        return browser.value("#unitForm\\:address");
    }
}
