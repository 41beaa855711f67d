package org.jinguo.childcare.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jinguo.platform.config.Beijing;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * One child's case end to end, as its people meet it: 石马河's caseworker registers a child under a pseudonym,
 * assesses her, submits a plan of counselling twice a week and shows her identity with a reason; the supervisor
 * approves the plan and puts the 圆融 counsellor on the team; the caseworker schedules the series; the counsellor
 * records two sessions with notes; 观音桥's caseworker is told the case does not exist; the auditor reads the
 * identity views.
 */
class ChildcareBrowserIT extends BrowserTestBase {

    @Test
    void aCaseworkerRegistersAChildTheSupervisorApprovesHerPlanAndTheCounsellorRecordsHerSessions() {
        String pseudonym = "小" + TestData.unique("测").substring(0, 6);
        String realName = TestData.unique("陈雨");
        String reason = TestData.unique("家访前核对地址");

        browser.signIn("shegong", DEMO_PASSWORD);
        browser.open("/childcare/register.xhtml");
        browser.type("#registerForm\\:pseudonym", pseudonym);
        browser.choose("registerForm:category", "ORPHAN");
        browser.type("#registerForm\\:qualifyingFacts", "父母均已去世，由外祖母抚养。");
        browser.type("#registerForm\\:realName", realName);
        browser.type("#registerForm\\:birthDate_input", Beijing.today().minusYears(9).toString());
        browser.choose("registerForm:guardianRows:0:relation", "GRANDMOTHER");
        browser.type("#registerForm\\:guardianRows\\:0\\:gname", "刘秀芬");
        browser.type("#registerForm\\:guardianRows\\:0\\:gphone", "13883123456");
        browser.screenshot("childcare-register");
        browser.clickToLoad("#registerForm\\:save");
        assertEquals(pseudonym, browser.text("#caseTitle").split("\\s")[0]);
        assertFalse(browser.body().contains(realName), "the case shows her pseudonym only");
        String casePath = browser.path();

        browser.click("#caseForm\\:assess");
        browser.type("#assessmentForm\\:familySituation", "外祖母年迈多病，孩子放学后常独自在家。");
        browser.choose("assessmentForm:riskLevel", "HIGH");
        browser.type("#assessmentForm\\:testRows\\:0\\:instrument", "SDQ 长处与困难问卷");
        browser.type("#assessmentForm\\:testRows\\:0\\:takenOn_input", Beijing.today().toString());
        browser.type("#assessmentForm\\:testRows\\:0\\:scores", "困难总分 22（异常）");
        browser.click("#assessmentForm\\:saveAssessment");
        browser.waitForText("#status", t -> t.contains("已评估"));

        browser.click("#caseForm\\:submitPlan");
        browser.type("#planForm\\:goals", "缓解焦虑和失眠，重建上学意愿。");
        browser.type("#planForm\\:services", "个体心理辅导；爱心家教。");
        browser.type("#planForm\\:frequency", "每周两次，每次两小时");
        browser.click("#planForm\\:savePlan");
        browser.waitForText("#status", t -> t.contains("计划待审批"));

        browser.click("#identityCard\\:showIdentity");
        browser.type("#identityForm\\:identityReason", reason);
        browser.click("#identityForm\\:confirmIdentity");
        assertEquals(realName, browser.waitForText("#realName", t -> !t.isBlank()));
        browser.signOut();

        browser.signIn("dudao", DEMO_PASSWORD);
        browser.open(casePath);
        browser.click("#caseForm\\:approvePlan");
        browser.click(".ui-confirmdialog-yes");
        browser.waitForText("#status", t -> t.contains("服务中"));
        browser.choose("teamForm:member", browser.optionValue("#teamForm\\:member_input", "周敏"));
        browser.click("#teamForm\\:addMember");
        browser.waitForText("#team", t -> t.contains("周敏"));
        browser.open("/childcare/cases.xhtml?q=" + java.net.URLEncoder.encode(pseudonym, java.nio.charset.StandardCharsets.UTF_8));
        browser.click("#casesForm\\:export");
        String sheet = TestData.sheetText(browser.downloaded(".xlsx"));
        assertTrue(sheet.contains(pseudonym), sheet);
        assertFalse(sheet.contains(realName), "an export carries the pseudonym only");
        browser.signOut();

        browser.signIn("shegong", DEMO_PASSWORD);
        browser.open(casePath);
        browser.click("#seriesList\\:newSeries");
        browser.type("#seriesForm\\:place", "南桥寺社区儿童之家辅导室");
        browser.choose("seriesForm:chosenBy", "GUARDIAN");
        // the dates come filled in (today, three months on): picked, as from the calendar
        browser.pickDate("seriesForm:startsOn", Beijing.today().minusWeeks(2));
        browser.pickDate("seriesForm:endsOn", Beijing.today().plusWeeks(6));
        browser.choose("seriesForm:contract", browser.optionValue("#seriesForm\\:contract_input", "困境儿童个案心理辅导"));
        browser.screenshot("childcare-series");
        browser.click("#seriesForm\\:saveSeries");
        browser.waitForText("#seriesList", t -> t.contains("个体辅导"));
        browser.click("#careCard\\:newVisit");
        browser.type("#visitForm\\:visitors", "社工 李娟");
        browser.type("#visitForm\\:gifts", "书包、文具");
        browser.screenshot("childcare-visit-dialog");
        browser.click("#visitForm\\:saveVisit");
        browser.waitForText("#visits", t -> t.contains("书包、文具"));
        browser.screenshot("childcare-care");
        browser.signOut();

        browser.signIn("zixun", DEMO_PASSWORD);
        browser.open(casePath);
        for (String note : new String[]{"第一次见面，孩子比较拘谨，用绘画建立关系。", "能主动讲学校的事，情绪较上次平稳。"}) {
            browser.click("#sessionsCard button[id$=':record']");
            browser.screenshot("childcare-session-dialog");
            browser.type("#sessionForm\\:notes", note);
            browser.click("#sessionForm\\:saveSession");
            browser.waitForText("#sessionsCard", t -> t.contains(note));
        }
        assertFalse(browser.body().contains(realName), "the counsellor never sees the identity");
        assertTrue(browser.all("#identityCard").isEmpty(), "nor a way to show it");
        browser.screenshotPage("childcare-case", 1600);
        browser.signOut();

        browser.signIn("shegong2", DEMO_PASSWORD); // 观音桥's caseworker, not on the case
        browser.open(casePath);
        assertEquals("404", browser.errorPage());
        browser.open("/childcare/cases.xhtml");
        assertFalse(browser.body().contains(pseudonym));
        browser.signOut();

        browser.signIn("auditor", DEMO_PASSWORD);
        browser.open("/audit/entries.xhtml");
        browser.type("#auditForm\\:actor", "shegong");
        browser.choose("auditForm:action", "VIEW_SENSITIVE");
        browser.click("#auditForm\\:search");
        assertTrue(browser.waitForText("#auditForm\\:entries", t -> t.contains(reason)).contains("儿童身份信息"),
                "the identity view and its reason");
        browser.screenshot("childcare-audit");
        assertFalse(browser.body().contains(realName), "the trail never holds the identity itself");
    }
}
