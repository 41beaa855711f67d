package org.jinguo.admin.web;

import java.util.function.Predicate;
import org.jinguo.testsupport.Browser;

/** The users of an administrator's scope (admin/users.xhtml) and its new-user dialog. */
public final class UsersPage {

    private final Browser browser;

    private UsersPage(Browser browser) {
        this.browser = browser;
    }

    public static UsersPage open(Browser browser) {
        browser.open("/admin/users.xhtml");
        return new UsersPage(browser);
    }

    /** Opens the new-user dialog and fills it: user name, display name, unit (picked by name), first role, password. */
    public UsersPage fillNewUser(String username, String displayName, String unit, String firstPassword) {
        browser.click("#usersForm\\:newUser");
        browser.type("#newUserForm\\:username", username);
        browser.type("#newUserForm\\:displayName", displayName);
        if (unit != null) {
            browser.pick("#newUserForm\\:unit_input", unit);
            browser.click("#newUserForm\\:roles label");
        }
        browser.type("#newUserForm\\:initialPassword", firstPassword);
        return this;
    }

    public UsersPage initialPassword(String password) {
        browser.type("#newUserForm\\:initialPassword", password);
        return this;
    }

    public UsersPage create() {
        browser.click("#newUserForm\\:create");
        return this;
    }

    /** The new-user dialog's form, its messages included. */
    public String newUserForm() {
        return browser.text("#newUserForm");
    }

    public String newUserMessage() {
        return browser.text("#newUserForm .ui-message-error");
    }

    public String newUsername() {
        return browser.value("#newUserForm\\:username");
    }

    /** Filters the list and waits until its rows satisfy {@code condition}. */
    public String search(String text, Predicate<String> condition) {
        browser.type("#usersForm\\:searchText", text);
        String rows = browser.waitForText("#usersForm\\:users tbody", condition);
        browser.settle();
        return rows;
    }

    /** Disables the first listed user, confirming the question. */
    public void disableFirst() {
        browser.click("#usersForm\\:users .disable-user");
        browser.click(".ui-confirmdialog-yes");
    }

    public String rows(Predicate<String> condition) {
        return browser.waitForText("#usersForm\\:users tbody", condition);
    }
}
