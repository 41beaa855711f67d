package org.jinguo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input into every form: malformed, oversized (past the browser's maxlength, as a hand-made
 * request would send), script-bearing, SQL-bearing, emoji and mixed-script values. Never an error
 * page; a message at the field that is wrong; what is stored comes back as text and never runs.
 * Oversized text is cut to the field's length on the server (PrimeFaces honours maxlength when it
 * decodes a field), so it can never be stored longer than the column; the services validate again.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputBrowserIT extends BrowserTestBase {

    private static final String SCRIPT = "<script>window.__pwned=1</script>";
    private static final String IMG = "<img src=x onerror=window.__pwned=1>";
    private static final String SQL = "x'; DROP TABLE person; --";
    private static final String MIXED = "王👩‍👧 Ωμέγα עברית 𠀀";
    private static final String LONG = "长".repeat(300);

    @Test
    void theSignInFormTakesHostileNamesAndPasswords() {
        for (String value : List.of(SCRIPT, SQL, LONG, MIXED)) {
            browser.open("/login.xhtml");
            browser.setValue("#loginForm\\:username", value);
            browser.setValue("#loginForm\\:password", value);
            browser.click("#loginForm\\:signIn");
            assertSafe();
            assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
            assertTrue(browser.text("#loginForm\\:loginMessages").contains("用户名或密码不正确"));
        }
    }

    @Test
    void thePersonFormRefusesBadValuesAtTheirFieldsAndStoresTheRestAsText() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        browser.open("/people/edit.xhtml");
        browser.setValue("#personForm\\:name", LONG);
        browser.type("#personForm\\:phone", "abc" + SCRIPT);
        browser.type("#personForm\\:address", SQL + " " + SCRIPT);
        browser.type("#personForm\\:birthDate_input", "2026-13-45");
        browser.click("#personForm\\:save");
        browser.screenshot("person-hostile");
        assertSafe();
        String messages = browser.text("#personForm");
        assertEquals(50, browser.find("#personForm\\:name").getAttribute("value").length(), "cut to the field");
        assertTrue(messages.contains("电话号码只能包含"), messages);
        assertTrue(messages.contains("请按 年-月-日 填写日期"), messages);
        assertEquals(SQL + " " + SCRIPT, browser.find("#personForm\\:address").getAttribute("value"), "input kept");

        String name = IMG + "王👩‍👧𠀀" + TestData.unique("").substring(1, 5);
        browser.type("#personForm\\:name", name);
        browser.type("#personForm\\:phone", "+86 (023) 6789-1234");
        browser.find("#personForm\\:birthDate_input").clear();
        browser.type("#personForm\\:idCard", "12345" + SQL);
        browser.click("#personForm\\:save");
        assertSafe();
        assertTrue(browser.text("#personForm").contains("身份证号不正确"));

        browser.type("#personForm\\:idCard", TestData.idCardNumber(TestData.randomBirthDate()));
        browser.click("#personForm\\:save");
        assertSafe();
        assertTrue(browser.path().startsWith("/people/list.xhtml"), browser.path());
        assertTrue(browser.body().contains("已登记 " + name), "the name comes back as text");

        browser.type("#peopleForm\\:name", name);
        browser.click("#peopleForm\\:search");
        assertTrue(browser.text("#peopleForm\\:people").contains(name));
        browser.click("#peopleForm\\:people\\:0\\:show");
        browser.click("#detailsForm .jg-reveal-ADDRESS");
        assertEquals(SQL + " " + SCRIPT, browser.waitForText("#detailsForm .jg-value-ADDRESS", t -> t.startsWith("x'")));
        assertSafe();
    }

    @Test
    void theFiltersTakeHostileValues() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        browser.open("/people/list.xhtml");
        browser.setValue("#peopleForm\\:idCard", LONG);
        browser.click("#peopleForm\\:search");
        assertSafe();
        assertTrue(browser.text("#peopleForm\\:people").contains("没有符合条件的人员"));
        browser.type("#peopleForm\\:idCard", "");
        browser.type("#peopleForm\\:name", SQL + "%_!");
        browser.click("#peopleForm\\:search");
        assertSafe();
        assertTrue(browser.text("#peopleForm\\:people").contains("没有符合条件的人员"));

        browser.open("/index.xhtml");
        browser.click("#headerForm\\:signOut");
        browser.signIn("auditor", DEMO_PASSWORD);
        browser.open("/audit/entries.xhtml");
        String unique = TestData.unique("").substring(1, 7);
        for (String value : List.of(SQL + unique, IMG + unique, "长".repeat(44) + unique)) {
            browser.setValue("#auditForm\\:actor", value);
            browser.click("#auditForm\\:search");
            assertSafe();
            assertTrue(browser.text("#auditForm\\:entries").contains("没有符合条件的审计记录"), value);
        }
    }

    @Test
    void theUnitUserAndPasswordFormsTakeHostileValues() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        browser.open("/organisation/units.xhtml");
        browser.click("#unitsForm\\:addChild");
        String name = SCRIPT + TestData.unique("").substring(1, 5);
        browser.type("#unitForm\\:name", name);
        browser.type("#unitForm\\:contactPhone", IMG);
        browser.setValue("#unitForm\\:address", LONG);
        browser.type("#unitForm\\:code", SQL);
        browser.click("#unitForm\\:save");
        assertSafe();
        String messages = browser.text("#unitForm");
        assertTrue(messages.contains("电话号码只能包含"), messages);
        assertTrue(messages.contains("单位代码只能包含"), messages);
        assertEquals(255, browser.find("#unitForm\\:address").getAttribute("value").length(), "cut to the field");
        assertEquals(name, browser.find("#unitForm\\:name").getAttribute("value"), "input kept");

        browser.type("#unitForm\\:contactPhone", "");
        browser.type("#unitForm\\:code", "");
        browser.type("#unitForm\\:address", MIXED);
        browser.click("#unitForm\\:save");
        assertSafe();
        assertEquals(name, browser.text("#detailName"));

        browser.open("/admin/users.xhtml");
        browser.click("#usersForm\\:newUser");
        browser.type("#newUserForm\\:username", SCRIPT);
        browser.type("#newUserForm\\:displayName", IMG);
        browser.type("#newUserForm\\:initialPassword", MIXED);
        browser.click("#newUserForm\\:create");
        assertSafe();
        assertTrue(browser.text("#newUserForm").contains("用户名只能包含"), browser.text("#newUserForm"));

        browser.open("/account/password.xhtml");
        browser.type("#passwordForm\\:currentPassword", SCRIPT);
        browser.type("#passwordForm\\:newPassword", SQL);
        browser.type("#passwordForm\\:confirmation", SQL);
        browser.click("#passwordForm\\:change");
        assertSafe();
        assertFalse(browser.text("#passwordForm").isBlank());
    }

    private void assertSafe() {
        assertEquals("", browser.errorPage(), "no error page");
        assertFalse(browser.scriptInjected(), "no stored script ran");
    }
}
