package org.jinguo.admin.web;

import org.jinguo.testsupport.Browser;

/** The audit trail as an auditor reads it (audit/entries.xhtml). */
public final class AuditPage {

    private final Browser browser;

    private AuditPage(Browser browser) {
        this.browser = browser;
    }

    public static AuditPage open(Browser browser) {
        browser.open("/audit/entries.xhtml");
        return new AuditPage(browser);
    }

    /** Filters by the acting user's name as typed. */
    public AuditPage byActor(String actor) {
        browser.type("#auditForm\\:actor", actor);
        browser.click("#auditForm\\:search");
        return this;
    }

    /** Filters by a name set as a hand-made request could (past maxlength). */
    public AuditPage byActorAsSent(String actor) {
        browser.setValue("#auditForm\\:actor", actor);
        browser.click("#auditForm\\:search");
        return this;
    }

    public String entries() {
        return browser.text("#auditForm\\:entries");
    }
}
