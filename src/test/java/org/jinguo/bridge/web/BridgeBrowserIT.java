package org.jinguo.bridge.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * One order of the Jinguo Bridge end to end, as its people meet it: a resident raises a need on the public page; staff
 * accept it and dispatch it to a volunteer chosen among the ranked providers; the volunteer takes it and reports it
 * done in her portal; the resident rates it with her order number and phone; staff see the volunteer's hours waiting
 * for approval.
 */
class BridgeBrowserIT extends BrowserTestBase {

    @Test
    void aResidentsNeedIsAcceptedDispatchedServedAndRated() {
        browser.signIn("volunteer", DEMO_PASSWORD); // the demo volunteer of 郭家沱 offers home visits (上门探访)
        browser.open("/portal/volunteer.xhtml");
        String volunteer = browser.text("#myName");
        String unit = browser.text("#myForm p.jg-muted");
        String community = unit.contains("社区") ? unit.substring(0, unit.indexOf("社区") + 2) : "望江社区";
        browser.signOut();

        String requester = TestData.unique("居民");
        String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        browser.open("/help.xhtml");
        browser.type("#helpForm\\:name", requester);
        browser.type("#helpForm\\:phone", phone);
        browser.choose("helpForm:communityId", browser.optionValue("#helpForm\\:communityId_input", community));
        browser.choose("helpForm:choice", browser.optionValue("#helpForm\\:choice_input", "上门探访"));
        browser.type("#helpForm\\:description", "母亲独居，子女在外地，希望每周有人上门看看。");
        browser.click("#helpForm\\:consent .ui-chkbox-box");
        browser.clickToLoad("#helpForm\\:submit");
        String orderNo = browser.text("#orderNo");
        assertTrue(orderNo.matches("JG\\d{4}-\\d{6}"), orderNo);
        browser.screenshot("bridge-help-done");

        browser.signIn("district", DEMO_PASSWORD);
        browser.open("/bridge/orders.xhtml");
        browser.type("#ordersForm\\:text", orderNo);
        browser.click("#ordersForm\\:search");
        browser.clickInRow("#ordersForm\\:orders tr", orderNo, "a[id$='open']");
        browser.click("#orderForm\\:accept");
        browser.waitForText("#status", t -> t.contains("已受理"));
        browser.clickInRow("#dispatchForm\\:suggestions tr", volunteer, "button[id$='dispatch']");
        browser.click(".ui-confirmdialog-yes");
        assertTrue(browser.waitForText("#status", t -> t.contains("已派单")).contains("已派单"));
        browser.signOut();

        browser.signIn("volunteer", DEMO_PASSWORD);
        browser.open("/portal/orders.xhtml");
        browser.clickInRow("#deskForm\\:orders tr", orderNo, "button[id$='take']");
        browser.waitForText("#deskForm\\:orders", t -> t.contains(phone));
        browser.clickInRow("#deskForm\\:orders tr", orderNo, "button[id$='done']");
        browser.number("doneForm:doneHours", "1.5");
        browser.type("#doneForm\\:doneNotes", "上门陪老人聊天，帮忙打扫卫生。");
        browser.click("#doneForm\\:confirmDone");
        browser.waitForText("#deskForm\\:orders", t -> t.contains("待评价"));
        browser.signOut();

        browser.open("/track.xhtml?no=" + orderNo);
        browser.type("#trackForm\\:phone", phone);
        browser.clickToLoad("#trackForm\\:find");
        assertEquals("待评价", browser.text("#trackedStatus"));
        ((JavascriptExecutor) browser.driver()).executeScript("PrimeFaces.getWidgetById('trackForm:stars').setValue(5);");
        browser.type("#trackForm\\:comment", "志愿者很耐心，谢谢！");
        browser.clickToLoad("#trackForm\\:rate");
        assertEquals("已完成", browser.waitForText("#trackedStatus", t -> t.contains("已完成")));
        browser.screenshot("bridge-track-rated");

        browser.signIn("district", DEMO_PASSWORD);
        browser.open("/bridge/orders.xhtml");
        browser.type("#ordersForm\\:text", orderNo);
        browser.click("#ordersForm\\:search");
        browser.clickInRow("#ordersForm\\:orders tr", orderNo, "a[id$='open']");
        String timeline = browser.text("#timeline");
        for (String step : new String[]{"提交需求", "受理", "派单", "接单", "服务完成", "评价"}) {
            assertTrue(timeline.contains(step), step + " in " + timeline);
        }
        browser.screenshotPage("bridge-order-timeline", 1200);
        browser.open("/volunteer/hours.xhtml");
        assertTrue(browser.waitForText("body", t -> t.contains(orderNo)).contains(orderNo),
                "her hours from the order wait for approval");
    }
}
