package org.jinguo.bridge.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.jinguo.platform.config.Beijing;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;

/**
 * One course of the Bridge end to end: 南桥寺's staff put a one-place course in the catalogue with three weekly
 * sessions and enrol two women (the second waits); a woman enrols herself on the public page and joins the waiting
 * list; the first withdraws and the next moves up; her attendance completes the course, she gets her certificate and
 * her feedback is noted; the district exports the catalogue.
 */
class CourseBrowserIT extends BrowserTestBase {

    @Test
    void aCourseIsPlannedFilledAttendedCompletedAndExported() {
        String title = TestData.unique("多肉进阶课");
        LocalDate first = Beijing.today().minusWeeks(2);
        browser.signIn("nanqiaosi", DEMO_PASSWORD);
        browser.open("/bridge/course-edit.xhtml");
        browser.choose("courseForm:kind", "SKILLS");
        browser.type("#courseForm\\:title", title);
        browser.type("#courseForm\\:place", "南桥寺社区党群服务站");
        browser.number("courseForm:places", "1");
        browser.click("#courseForm\\:save");
        browser.waitForPath(p -> p.contains("/bridge/course.xhtml"));
        assertEquals(title, browser.waitForText("#courseTitle", t -> t.contains(title)));

        browser.click("#courseForm\\:addSessions");
        browser.pickDate("sessionForm:heldOn", first);
        browser.number("sessionForm:occurrences", "3");
        browser.pickTime("sessionForm:startsAt", 14, 30);
        browser.pickTime("sessionForm:endsAt", 16, 30);
        browser.type("#sessionForm\\:topic", "叶插繁殖");
        browser.click("#sessionForm\\:saveSessions");
        browser.waitForText("#courseForm\\:sessions", t -> t.contains(first.plusWeeks(2).toString()));

        browser.pick("#courseForm\\:person_input", "王晓梅");
        browser.click("#courseForm\\:enrol");
        browser.waitForText("#courseForm\\:roll", t -> t.contains("王晓梅"));
        browser.pick("#courseForm\\:person_input", "张玉梅");
        browser.click("#courseForm\\:enrol");
        assertTrue(browser.waitForText("#courseForm\\:roll", t -> t.contains("张玉梅")).contains("候补第 1 位"));
        browser.screenshot("course-roll");
        browser.signOut();

        String self = TestData.unique("自报");
        browser.open("/learn.xhtml");
        browser.choose("learnForm:courseId", browser.optionValue("#learnForm\\:courseId_input", title));
        browser.type("#learnForm\\:name", self);
        browser.type("#learnForm\\:phone", "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
        browser.choose("learnForm:communityId", browser.optionValue("#learnForm\\:communityId_input", "南桥寺"));
        browser.clickToLoad("#learnForm\\:enrol");
        assertTrue(browser.text("#learnForm\\:doneText").contains("第 2 位"), "full: she waits behind 张玉梅");
        browser.screenshot("learn-done");

        browser.signIn("nanqiaosi", DEMO_PASSWORD);
        browser.open("/bridge/courses.xhtml?q=" + title);
        browser.clickInRow("#coursesForm\\:courses tr", title, "a[id$='open']");
        browser.clickInRow("#courseForm\\:roll tr", "王晓梅", "button[id$='withdraw']");
        browser.click(".ui-confirmdialog-yes");
        browser.waitForText("#courseForm\\:roll", t -> t.contains("已退出"));
        assertTrue(browser.pageMessages().contains("张玉梅"), "the next woman waiting moved up: " + browser.pageMessages());
        assertTrue(browser.text("#courseForm\\:roll").contains(self), "the woman who enrolled herself, still waiting");

        for (int week = 0; week < 3; week++) {
            String day = first.plusWeeks(week).toString();
            browser.clickInRow("#courseForm\\:sessions tr", day, "button[id$='attendance']");
            browser.click("#attendanceForm\\:present .ui-chkbox-box");
            browser.click("#attendanceForm\\:saveAttendance");
            int taken = week + 1;
            browser.waitForText("#courseForm\\:roll", t -> t.contains(taken + " / 3"));
        }
        assertTrue(browser.waitForText("#courseForm\\:roll", t -> t.contains("已结业")).contains("3 / 3"));
        browser.clickInRow("#courseForm\\:roll tr", "张玉梅", "button[id$='rate']");
        browser.chooseStars("feedbackForm:stars", 4);
        browser.type("#feedbackForm\\:comment", "学会了叶插，回家就试。");
        browser.click("#feedbackForm\\:saveFeedback");
        browser.waitForText("#courseForm\\:roll", t -> t.contains("4 ★"));
        browser.screenshot("course-completed");
        browser.clickInRow("#courseForm\\:roll tr", "张玉梅", "button[id$='certificate']");
        byte[] pdf = browser.downloaded(".pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
        browser.signOut();

        browser.signIn("district", DEMO_PASSWORD);
        browser.open("/bridge/courses.xhtml?q=" + title);
        browser.waitForText("#coursesForm\\:courses", t -> t.contains(title));
        browser.click("#coursesForm\\:export");
        String sheet = TestData.sheetText(browser.downloaded(".xlsx"));
        assertTrue(sheet.contains(title) && sheet.contains("南桥寺社区党群服务站"), sheet);
    }
}
