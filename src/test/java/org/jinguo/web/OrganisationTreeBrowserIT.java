package org.jinguo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;

/** The real WAR in a real browser, signed in as the demo users. */
@RunAsClient
class OrganisationTreeBrowserIT extends BrowserTestBase {

    @Test
    void aStreetUserSeesHerSubtreeCreatesACommunityAndIsRefusedAnotherStreet() {
        String otherStreetId = unitIdSeenByTheDistrict("石马河街道妇联");

        browser.open("/login.xhtml");
        String sessionBefore = browser.sessionCookie();
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        assertEquals("/index.xhtml", browser.path());
        assertNotNull(browser.sessionCookie());
        assertNotEquals(sessionBefore, browser.sessionCookie(), "a new session id at sign-in");
        assertTrue(browser.text("#currentUser").contains("观音桥街道妇联"));

        browser.open("/organisation/units.xhtml");
        String tree = browser.text("#unitsForm\\:tree");
        assertTrue(tree.contains("观音桥街道妇联"), tree);
        assertFalse(tree.contains("石马河"), tree);
        assertFalse(tree.contains("江北区妇联"), tree);

        // A new community below her street; the first try lacks the name and keeps what she typed.
        browser.click("#unitsForm\\:addChild");
        assertTrue(browser.path().startsWith("/organisation/unit-edit.xhtml"), browser.path());
        browser.type("#unitForm\\:address", "江北区观音桥步行街 8 号");
        browser.click("#unitForm\\:save");
        assertFalse(browser.text("#unitForm .jg-field .ui-message-error").isBlank(), "message next to the name");
        assertEquals("江北区观音桥步行街 8 号", browser.find("#unitForm\\:address").getAttribute("value"));

        String name = "测试社区-" + UUID.randomUUID().toString().substring(0, 6);
        browser.type("#unitForm\\:name", name);
        browser.click("#unitForm\\:save");
        assertTrue(browser.path().startsWith("/organisation/units.xhtml"), browser.path());
        assertEquals(name, browser.text("#detailName"));
        assertTrue(browser.body().contains("已新建单位"), "confirmation shown");
        browser.screenshot("units");

        // Another street's unit, by editing the id in the address: refused, and nothing of it shown.
        browser.open("/organisation/unit-edit.xhtml?id=" + otherStreetId);
        assertEquals("404", browser.find("#errorPage").getAttribute("data-error"));
        assertFalse(browser.body().contains("石马河"));
        browser.open("/organisation/unit-edit.xhtml?id=not-a-number");
        assertEquals("404", browser.find("#errorPage").getAttribute("data-error"));
        browser.open("/organisation/units.xhtml?id=" + otherStreetId);
        assertNotEquals("石马河街道妇联", browser.text("#detailName"));
    }

    @Test
    void aUnitsFiguresAndServiceStationsAreEnteredWithoutLosingAnythingTyped() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        browser.open("/organisation/units.xhtml");
        browser.click("#unitsForm\\:addChild");
        String name = TestData.unique("站点社区");
        browser.type("#unitForm\\:name", name);
        browser.type("#unitForm\\:womenCount_input", "3200");
        browser.click("#unitForm\\:addStation");
        browser.type("#unitForm\\:stations\\:0\\:stationName", name + "党群服务站");
        browser.click("#unitForm\\:addStation");
        browser.type("#unitForm\\:stations\\:1\\:stationName", "网上妇女之家");
        browser.type("#unitForm\\:stations\\:1\\:stationLink", "javascript:alert(1)");
        browser.click("#unitForm\\:save");
        assertTrue(browser.text("#unitForm").contains("网址须以 http:// 或 https:// 开头"), "a message at the link");
        assertEquals(name + "党群服务站",
                browser.find("#unitForm\\:stations\\:0\\:stationName").getAttribute("value"), "nothing typed is lost");
        browser.click("#unitForm\\:stations\\:1\\:removeStation");
        browser.waitForText("#unitForm\\:stations", text -> browser.all("#unitForm\\:stations tbody tr").size() == 1);
        browser.click("#unitForm\\:save");
        assertTrue(browser.path().startsWith("/organisation/units.xhtml"), browser.path());
        assertEquals(name, browser.text("#detailName"));
        assertEquals("3,200", browser.text("#detailWomen"));
        assertTrue(browser.text("#unitsForm\\:detailStations").contains(name + "党群服务站"));
    }

    @Test
    void theChartAndTheFilteredListShowTheStreetsUnits() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        browser.open("/organisation/chart.xhtml");
        String chart = browser.text("#chartForm\\:chart");
        assertTrue(chart.contains("观音桥街道妇联") && chart.contains("主席"), chart);
        browser.open("/organisation/unit-list.xhtml");
        browser.type("#unitListForm\\:name", "建新北路");
        browser.click("#unitListForm\\:search");
        String list = browser.waitForText("#unitListForm\\:units", t -> !t.contains("洋河路"));
        assertTrue(list.contains("建新北路社区妇联"), list);
    }

    @Test
    void theLanguageSwitchesToEnglishAndSignOutEndsTheSession() {
        browser.signIn("viewer", DEMO_PASSWORD);
        assertTrue(browser.text("#headerForm\\:signOut").contains("退出"));
        browser.click("#headerForm\\:langEn");
        assertTrue(browser.text("#headerForm\\:signOut").contains("Sign out"));
        assertTrue(browser.text("#welcome").startsWith("Welcome"));
        browser.screenshot("home-en");

        browser.click("#headerForm\\:signOut");
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
        browser.open("/organisation/units.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml"), "signed out: back to the sign-in page");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        browser.signIn("guanyinqiao", "Wrong#2026");
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
        assertTrue(browser.text("#loginForm\\:loginMessages").contains("用户名或密码不正确"));
        assertEquals("guanyinqiao", browser.find("#loginForm\\:username").getAttribute("value"));
    }

    @Test
    void readOnlyUsersAreRefusedTheUserAdministrationPage() {
        browser.signIn("viewer", DEMO_PASSWORD);
        browser.open("/admin/users.xhtml");
        assertEquals("403", browser.find("#errorPage").getAttribute("data-error"));
    }

    /** The district administrator finds the unit by name; its id is what a curious user would try. */
    private String unitIdSeenByTheDistrict(String name) {
        browser.signIn("district", DEMO_PASSWORD);
        browser.open("/organisation/units.xhtml");
        browser.type("#unitsForm\\:searchText", name);
        browser.find("#unitsForm\\:searchResults .jg-result-link");
        browser.settle();
        browser.click("#unitsForm\\:searchResults .jg-result-link");
        assertEquals(name, browser.text("#detailName"));
        String id = browser.find("#detailName").getAttribute("data-unit-id");
        browser.click("#headerForm\\:signOut");
        return id;
    }
}
