package org.jinguo.unit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jinguo.organisation.web.ChartPage;
import org.jinguo.platform.web.HomePage;
import org.jinguo.platform.web.SignInPage;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;

/** The organisation tree in a real browser, signed in as the demo users. */
class OrganisationTreeBrowserIT extends BrowserTestBase {

    @Test
    void aStreetUserSeesHerSubtreeCreatesACommunityAndIsRefusedAnotherStreet() {
        String otherStreetId = unitIdSeenByTheDistrict("石马河街道妇联");

        SignInPage.open(browser);
        String sessionBefore = browser.sessionCookie();
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        assertEquals("/index.xhtml", browser.path());
        assertNotNull(browser.sessionCookie());
        assertNotEquals(sessionBefore, browser.sessionCookie(), "a new session id at sign-in");
        assertTrue(HomePage.shown(browser).currentUser().contains("观音桥街道妇联"));

        UnitsPage units = UnitsPage.open(browser);
        String tree = units.tree();
        assertTrue(tree.contains("观音桥街道妇联"), tree);
        assertFalse(tree.contains("石马河"), tree);
        assertFalse(tree.contains("江北区妇联"), tree);

        // A new community below her street; the first try lacks the name and keeps what she typed.
        UnitEditPage form = units.addChild();
        assertTrue(browser.path().startsWith("/organisation/unit-edit.xhtml"), browser.path());
        form.address("江北区观音桥步行街 8 号").save();
        assertFalse(form.fieldMessage().isBlank(), "message next to the name");
        assertEquals("江北区观音桥步行街 8 号", form.addressValue());

        String name = "测试社区-" + UUID.randomUUID().toString().substring(0, 6);
        form.name(name).save();
        assertTrue(browser.path().startsWith("/organisation/units.xhtml"), browser.path());
        assertEquals(name, units.name());
        assertTrue(browser.body().contains("已新建单位"), "confirmation shown");
        browser.screenshot("units");

        // Another street's unit, by editing the id in the address: refused, and nothing of it shown.
        UnitEditPage.open(browser, otherStreetId);
        assertEquals("404", browser.errorPage());
        assertFalse(browser.body().contains("石马河"));
        UnitEditPage.open(browser, "not-a-number");
        assertEquals("404", browser.errorPage());
        assertNotEquals("石马河街道妇联", UnitsPage.openAt(browser, otherStreetId).name());

        // an error is no dead end: the menu is there, and she can sign out from it
        UnitEditPage.open(browser, "not-a-number");
        assertEquals("404", browser.errorPage());
        assertFalse(browser.all("#jgSide a").isEmpty(), "the side menu on the error page");
        browser.click("#signOut");
        browser.clickToLoad("#signOutForm\\:confirmSignOut");
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
    }

    @Test
    void aUnitsFiguresAndServiceStationsAreEnteredWithoutLosingAnythingTyped() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        UnitsPage units = UnitsPage.open(browser);
        String name = TestData.unique("站点社区");
        UnitEditPage form = units.addChild().name(name).women("3200")
                .addStation(0, name + "党群服务站")
                .addStation(1, "网上妇女之家").stationLink(1, "javascript:alert(1)");
        form.save();
        assertTrue(form.text().contains("网址须以 http:// 或 https:// 开头"), "a message at the link");
        assertEquals(name + "党群服务站", form.stationName(0), "nothing typed is lost");
        form.removeStation(1, 1).save();
        assertTrue(browser.path().startsWith("/organisation/units.xhtml"), browser.path());
        assertEquals(name, units.name());
        assertEquals("3,200", units.women());
        assertTrue(units.stations().contains(name + "党群服务站"));
    }

    @Test
    void theChartAndTheFilteredListShowTheStreetsUnits() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        String chart = ChartPage.open(browser).chart();
        assertTrue(chart.contains("观音桥街道妇联") && chart.contains("主席"), chart);
        String list = UnitListPage.open(browser).searchByName("建新北路").units(t -> !t.contains("洋河路"));
        assertTrue(list.contains("建新北路社区妇联"), list);
    }

    @Test
    void theLanguageSwitchesToEnglishAndSignOutEndsTheSession() {
        browser.signIn("viewer", DEMO_PASSWORD);
        HomePage home = HomePage.shown(browser);
        assertTrue(home.signOutLabel().contains("退出"));
        home.switchToEnglish();
        assertTrue(home.signOutLabel().contains("Sign out"));
        assertTrue(home.welcome().startsWith("Welcome"));
        browser.screenshot("home-en");

        browser.signOut();
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
        UnitsPage.open(browser);
        assertTrue(browser.path().startsWith("/login.xhtml"), "signed out: back to the sign-in page");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        browser.signIn("guanyinqiao", "Wrong#2026");
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
        SignInPage page = SignInPage.shown(browser);
        assertTrue(page.messages().contains("用户名或密码不正确"));
        assertEquals("guanyinqiao", page.username());
    }

    @Test
    void readOnlyUsersAreRefusedTheUserAdministrationPage() {
        browser.signIn("viewer", DEMO_PASSWORD);
        browser.open("/admin/users.xhtml");
        assertEquals("403", browser.errorPage());
    }

    /** The district administrator finds the unit by name; its id is what a curious user would try. */
    private String unitIdSeenByTheDistrict(String name) {
        browser.signIn("district", DEMO_PASSWORD);
        UnitsPage units = UnitsPage.open(browser);
        units.findAndShow(name);
        assertEquals(name, units.name());
        String id = units.unitId();
        browser.signOut();
        return id;
    }
}
