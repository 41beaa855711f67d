package org.jinguo.notice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.web.HomePage;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.web.UnitsPage;
import org.junit.jupiter.api.Test;

/**
 * The Shimahe street federation asks its executive members' opinion; 南桥寺's executive member (demo
 * account {@code zhiwei}) reads and answers it in her portal; the street sees her answer.
 */
class NoticeBrowserIT extends BrowserTestBase {

    @Test
    void aStreetPublishesAPollAndAnExecutiveMemberAnswersIt() {
        browser.signIn("shimahe", DEMO_PASSWORD);
        String title = TestData.unique("妇女之家活动时间征求意见");
        NoticeEditPage form = NoticeEditPage.open(browser).poll(title, "请选择您方便参加活动的时间。", "周六上午", "周六下午");
        form.send();
        assertTrue(form.text().contains("请填写截止日期"), "a message at the closing day; the rest kept");
        assertEquals(title, form.titleValue());
        form.closesOn(Beijing.today().plusDays(10).toString()).send();
        assertTrue(browser.path().startsWith("/notices/view.xhtml"), browser.path());
        NoticePage sent = NoticePage.shown(browser);
        assertEquals(title, sent.title());
        assertTrue(sent.progress().startsWith("已读 0 /"), sent.progress());
        browser.signOut();

        browser.signIn("zhiwei", DEMO_PASSWORD);
        HomePage home = HomePage.shown(browser);
        assertTrue(home.hasTile("tileMyNotices"), "her portal on the home page");
        assertFalse(home.hasTile("tileUnits"), "and nothing else");
        MyNoticesPage portal = MyNoticesPage.open(browser);
        assertTrue(portal.notices().contains(title));
        assertEquals(title, portal.openFirst().title());
        assertTrue(portal.answer(1, "下午有空").answerForm(t -> t.contains("您已于")).contains("您已于"));
        browser.screenshot("member-portal");
        UnitsPage.open(browser);
        assertEquals("403", browser.errorPage(), "a member sees her portal only");
        MyNoticesPage.open(browser);
        browser.signOut();

        browser.signIn("shimahe", DEMO_PASSWORD);
        NoticePage answered = NoticesPage.open(browser).openOnly(title, "关于开展");
        assertTrue(answered.progress().contains("已回复 1 人"), answered.progress());
        assertTrue(answered.results().contains("周六下午 1"), answered.results());
        assertFalse(answered.receipts(3, t -> !t.contains("下午有空")).contains("下午有空"));
        assertTrue(answered.receipts(1, t -> t.contains("下午有空")).contains("周六下午"));
        browser.screenshot("notice-receipts");
    }
}
