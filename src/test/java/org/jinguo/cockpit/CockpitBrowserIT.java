package org.jinguo.cockpit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jinguo.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;

/**
 * The home page, the cockpit and the notification centre in a browser: the district administrator's first page lists
 * her to-dos and each opens its filtered list; the cockpit draws every chart (a canvas each) with no script refused by
 * the Content-Security-Policy; a figure opens the list behind it; the channels page keeps what she typed when refused.
 */
class CockpitBrowserIT extends BrowserTestBase {

    @Test
    void herFirstPageListsHerWorkAndEachItemOpensItsList() {
        browser.signIn("district", DEMO_PASSWORD);
        browser.open("/index.xhtml");
        browser.screenshot("home-work");
        List<String> items = browser.all("#workForm li a").stream().map(e -> e.getText()).toList();
        assertTrue(items.stream().anyMatch(t -> t.contains("服务时长待审核")), "the demo's hours to approve: " + items
                + " on a page saying " + browser.text("#workForm"));
        browser.clickToLoad("#work-hoursToApprove");
        assertTrue(browser.path().startsWith("/volunteer/hours.xhtml"), browser.path());
        assertTrue(browser.text("#hoursForm").contains("待审核"), "the queue of hours waiting");
    }

    @Test
    void theCockpitDrawsEveryChartUnderTheContentSecurityPolicy() {
        browser.signIn("district", DEMO_PASSWORD);
        browser.consoleErrors(); // what earlier pages said
        browser.open("/cockpit/index.xhtml");
        browser.waitForText("#section-cockpit\\.network", t -> t.contains("执委"));
        int charts = browser.all("figure.jg-cockpit-chart").size();
        assertTrue(charts >= 6, "a chart per area at least: " + charts);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.findElements(org.openqa.selenium.By.cssSelector("figure.jg-cockpit-chart canvas")).size() == charts);
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.stream().noneMatch(e -> e.contains("Content Security Policy")), "refused by the CSP: " + errors);
        String network = browser.text("#section-cockpit\\.network");
        assertTrue(network.matches("(?s).*\\d[\\d,]*\\s*执委.*"), "the executive members counted: " + network);
        browser.screenshotPage("cockpit", 4000);
        browser.clickToLoad("#section-cockpit\\.volunteer a.jg-cockpit-figure");
        assertTrue(browser.path().startsWith("/volunteer/volunteers.xhtml"), browser.path());
    }

    @Test
    void theYearEndReportIsWrittenInTheBackgroundAndDownloaded() throws Exception {
        browser.signIn("district", DEMO_PASSWORD);
        browser.open("/cockpit/index.xhtml");
        browser.click("#cockpitForm\\:report");
        browser.waitForText("#cockpitForm\\:reportPanel", t -> t.contains("报告已生成"));
        browser.click("#cockpitForm\\:reportPdf");
        byte[] pdf = browser.downloaded(".pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "report.pdf"), pdf); // for people to look at
        browser.click("#cockpitForm\\:reportXlsx");
        String sheet = org.jinguo.testsupport.TestData.sheetText(browser.downloaded(".xlsx"));
        assertTrue(sheet.contains("组织网络\t执委\t") && sheet.contains("巾帼桥\t收到需求\t"), sheet);
    }

    @Test
    void theChannelsPageKeepsWhatSheTypedWhenRefused() {
        browser.signIn("zhiwei", DEMO_PASSWORD);
        browser.open("/account/notifications.xhtml");
        browser.type("#choicesForm\\:mobile", "12345");
        browser.click("#choicesForm\\:kinds\\:0\\:sms .ui-chkbox-box");
        browser.click("#choicesForm\\:saveChoices");
        String messages = browser.waitForText("#choicesForm", t -> t.contains("11 位手机号码"));
        assertTrue(messages.contains("11 位手机号码"), messages);
        assertEquals("12345", browser.value("#choicesForm\\:mobile"), "what she typed stays");
        browser.screenshot("notifications");
    }
}
