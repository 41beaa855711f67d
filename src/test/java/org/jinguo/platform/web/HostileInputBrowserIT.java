package org.jinguo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jinguo.admin.web.AuditPage;
import org.jinguo.admin.web.UsersPage;
import org.jinguo.person.web.PeoplePage;
import org.jinguo.person.web.PersonEditPage;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.web.UnitEditPage;
import org.jinguo.unit.web.UnitsPage;
import org.junit.jupiter.api.Test;

/**
 * Hostile input into every form: malformed, oversized (past the browser's maxlength, as a hand-made
 * request would send), script-bearing, SQL-bearing, emoji and mixed-script values. Never an error
 * page; a message at the field that is wrong; what is stored comes back as text and never runs.
 * Oversized text is cut to the field's length on the server (PrimeFaces honours maxlength when it
 * decodes a field), so it can never be stored longer than the column; the services validate again.
 */
class HostileInputBrowserIT extends BrowserTestBase {

    private static final String SCRIPT = "<script>window.__pwned=1</script>";
    private static final String IMG = "<img src=x onerror=window.__pwned=1>";
    private static final String SQL = "x'; DROP TABLE person; --";
    private static final String MIXED = "王👩‍👧 Ωμέγα עברית 𠀀";
    private static final String LONG = "长".repeat(300);

    @Test
    void theSignInFormTakesHostileNamesAndPasswords() {
        for (String value : List.of(SCRIPT, SQL, LONG, MIXED)) {
            SignInPage.open(browser).sendAsIs(value, value);
            assertSafe();
            assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
            assertTrue(SignInPage.shown(browser).messages().contains("用户名或密码不正确"));
        }
    }

    @Test
    void thePersonFormRefusesBadValuesAtTheirFieldsAndStoresTheRestAsText() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        PersonEditPage form = PersonEditPage.openNew(browser).nameAsSent(LONG).phone("abc" + SCRIPT)
                .address(SQL + " " + SCRIPT).birthDate("2026-13-45");
        form.save();
        browser.screenshot("person-hostile");
        assertSafe();
        String messages = form.text();
        assertEquals(50, form.nameValue().length(), "cut to the field");
        assertTrue(messages.contains("电话号码只能包含"), messages);
        assertTrue(messages.contains("请按 年-月-日 填写日期"), messages);
        assertEquals(SQL + " " + SCRIPT, form.addressValue(), "input kept");

        String name = IMG + "王👩‍👧𠀀" + TestData.unique("").substring(1, 5);
        form.name(name).phone("+86 (023) 6789-1234").clearBirthDate().idCard("12345" + SQL).save();
        assertSafe();
        assertTrue(form.text().contains("身份证号不正确"));

        form.idCard(TestData.idCardNumber(TestData.randomBirthDate())).save();
        assertSafe();
        assertTrue(browser.path().startsWith("/people/list.xhtml"), browser.path());
        assertTrue(browser.body().contains("已登记 " + name), "the name comes back as text");

        PeoplePage people = PeoplePage.shown(browser).searchByName(name);
        assertTrue(people.people().contains(name));
        assertEquals(SQL + " " + SCRIPT, people.showFirst().reveal("ADDRESS", t -> t.startsWith("x'")));
        assertSafe();
    }

    @Test
    void theFiltersTakeHostileValues() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        PeoplePage people = PeoplePage.open(browser).searchByIdCardAsSent(LONG);
        assertSafe();
        assertTrue(people.people().contains("没有符合条件的人员"));
        people.clearIdCard().searchByName(SQL + "%_!");
        assertSafe();
        assertTrue(people.people().contains("没有符合条件的人员"));

        HomePage.open(browser);
        browser.signOut();
        browser.signIn("auditor", DEMO_PASSWORD);
        AuditPage audit = AuditPage.open(browser);
        String unique = TestData.unique("").substring(1, 7);
        for (String value : List.of(SQL + unique, IMG + unique, "长".repeat(44) + unique)) {
            audit.byActorAsSent(value);
            assertSafe();
            assertTrue(audit.entries().contains("没有符合条件的审计记录"), value);
        }
    }

    @Test
    void theUnitUserAndPasswordFormsTakeHostileValues() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        String name = SCRIPT + TestData.unique("").substring(1, 5);
        UnitsPage units = UnitsPage.open(browser);
        UnitEditPage form = units.addChild().name(name).contactPhone(IMG).addressAsSent(LONG).code(SQL);
        form.save();
        assertSafe();
        String messages = form.text();
        assertTrue(messages.contains("电话号码只能包含"), messages);
        assertTrue(messages.contains("单位代码只能包含"), messages);
        assertEquals(255, form.addressValue().length(), "cut to the field");
        assertEquals(name, form.nameValue(), "input kept");

        form.contactPhone("").code("").address(MIXED).save();
        assertSafe();
        assertEquals(name, units.name());

        UsersPage users = UsersPage.open(browser).fillNewUser(SCRIPT, IMG, null, MIXED).create();
        assertSafe();
        assertTrue(users.newUserForm().contains("用户名只能包含"), users.newUserForm());

        PasswordPage password = PasswordPage.open(browser).change(SCRIPT, SQL, SQL);
        assertSafe();
        assertFalse(password.text().isBlank());
    }

    private void assertSafe() {
        assertEquals("", browser.errorPage(), "no error page");
        assertFalse(browser.scriptInjected(), "no stored script ran");
    }
}
