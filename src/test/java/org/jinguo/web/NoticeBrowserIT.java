package org.jinguo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Shimahe street federation asks its executive members' opinion; 南桥寺's executive member (demo
 * account {@code zhiwei}) reads and answers it in her portal; the street sees her answer.
 */
@ExtendWith(ArquillianExtension.class)
class NoticeBrowserIT extends BrowserTestBase {

    @Test
    void aStreetPublishesAPollAndAnExecutiveMemberAnswersIt() {
        browser.signIn("shimahe", DEMO_PASSWORD);
        browser.open("/notices/edit.xhtml");
        browser.click("#noticeForm\\:kind .ui-button:nth-child(2)");
        String title = TestData.unique("妇女之家活动时间征求意见");
        browser.type("#noticeForm\\:title", title);
        browser.type("#noticeForm\\:body", "请选择您方便参加活动的时间。");
        browser.type("#noticeForm\\:options\\:0\\:option", "周六上午");
        browser.type("#noticeForm\\:options\\:1\\:option", "周六下午");
        browser.click("#noticeForm\\:send");
        browser.click("#noticeForm\\:confirmYes");
        assertTrue(browser.text("#noticeForm").contains("请填写截止日期"), "a message at the closing day; the rest kept");
        assertEquals(title, browser.find("#noticeForm\\:title").getAttribute("value"));
        browser.setValue("#noticeForm\\:closesOn_input", LocalDate.now().plusDays(10).toString());
        browser.click("#noticeForm\\:send");
        browser.click("#noticeForm\\:confirmYes");
        assertTrue(browser.path().startsWith("/notices/view.xhtml"), browser.path());
        assertEquals(title, browser.text("#noticeTitle"));
        assertTrue(browser.text("#progress").startsWith("已读 0 /"), browser.text("#progress"));
        browser.click("#headerForm\\:signOut");

        browser.signIn("zhiwei", DEMO_PASSWORD);
        assertFalse(browser.all("#tileMyNotices").isEmpty(), "her portal on the home page");
        assertTrue(browser.all("#tileUnits").isEmpty(), "and nothing else");
        browser.open("/portal/notices.xhtml");
        assertTrue(browser.text("#myNotices\\:notices").contains(title));
        browser.click("#myNotices\\:notices a[id$='open']");
        assertEquals(title, browser.text("#noticeTitle"));
        browser.click("label[for='answerForm\\:answer\\:1']");
        browser.type("#answerForm\\:comment", "下午有空");
        browser.click("#answerForm\\:submitAnswer");
        assertTrue(browser.waitForText("#answerForm", t -> t.contains("您已于")).contains("您已于"));
        browser.screenshot("member-portal");
        browser.open("/organisation/units.xhtml");
        assertEquals("403", browser.errorPage(), "a member sees her portal only");
        browser.open("/portal/notices.xhtml");
        browser.click("#headerForm\\:signOut");

        browser.signIn("shimahe", DEMO_PASSWORD);
        browser.open("/notices/list.xhtml");
        browser.type("#noticesForm\\:text", title);
        browser.waitForText("#noticesForm\\:notices", t -> t.contains(title) && !t.contains("关于开展"));
        browser.click("#noticesForm\\:notices a[id$='open']");
        assertTrue(browser.text("#progress").contains("已回复 1 人"), browser.text("#progress"));
        assertTrue(browser.text("#noticeView\\:results").contains("周六下午 1"), browser.text("#noticeView\\:results"));
        browser.click("#noticeView\\:filter .ui-button:nth-child(3)");
        String unanswered = browser.waitForText("#noticeView\\:receipts", t -> !t.contains("下午有空"));
        assertFalse(unanswered.contains("下午有空"));
        browser.click("#noticeView\\:filter .ui-button:nth-child(1)");
        assertTrue(browser.waitForText("#noticeView\\:receipts", t -> t.contains("下午有空")).contains("周六下午"));
        browser.screenshot("notice-receipts");
    }
}
