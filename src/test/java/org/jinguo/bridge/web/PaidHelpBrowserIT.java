package org.jinguo.bridge.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;

/**
 * Paid neighbourly help end to end: 南桥寺's staff book a neighbour for 张玉梅 at the agreed rate, record the service
 * done, the helper's rating of her and hers of the helper; the bookings are exported.
 */
class PaidHelpBrowserIT extends BrowserTestBase {

    @Test
    void aNeighbourIsBookedServesAndBothRateEachOther() {
        browser.signIn("nanqiaosi", DEMO_PASSWORD);
        browser.open("/bridge/paid-help.xhtml");
        browser.click("#paidForm\\:helpers\\:0\\:book");
        browser.pick("#bookForm\\:resident_input", "张玉梅");
        browser.type("#bookForm\\:description", "婆婆出院，需要人白天陪护做饭。");
        browser.click("#bookForm\\:saveBooking");
        browser.waitForText("#paidForm\\:bookings", t -> t.contains("张玉梅"));
        browser.clickInRow("#paidForm\\:bookings tr", "张玉梅", "button[id$='done']");
        browser.click("#doneForm\\:saveDone");
        browser.waitForText("#paidForm\\:bookings", t -> t.contains("待评价"));
        browser.clickInRow("#paidForm\\:bookings tr", "张玉梅", "button[id$='rateResident']");
        stars(5);
        browser.click("#rateForm\\:saveRating");
        browser.waitForText("#rateForm\\:rateDialog", t -> t.isBlank()); // saved: the dialog closed
        assertTrue(row().contains("服务方评居民 5"), row());
        browser.clickInRow("#paidForm\\:bookings tr", "张玉梅", "button[id$='rateHelper']");
        stars(4);
        browser.type("#rateForm\\:comment", "阿姨很细心。");
        browser.click("#rateForm\\:saveRating");
        browser.waitForText("#rateForm\\:rateDialog", t -> t.isBlank());
        assertTrue(row().contains("居民评服务方 4") && row().contains("已完成"), row());
        browser.screenshot("paid-help-rated");
        browser.click("#paidForm\\:export");
        String sheet = TestData.sheetText(browser.downloaded(".xlsx"));
        assertTrue(sheet.contains("张玉梅"), sheet);
    }

    /** The text of the row of 张玉梅's booking (the latest). */
    private String row() {
        return browser.all("#paidForm\\:bookings tr").stream().map(org.openqa.selenium.WebElement::getText)
                .filter(t -> t.contains("张玉梅")).findFirst().orElse("");
    }

    private void stars(int n) {
        browser.chooseStars("rateForm:stars", n);
    }
}
