package org.jinguo.organisation.web;

import java.nio.file.Path;
import org.jinguo.testsupport.Browser;

/** Importing a term's office holders from Excel (organisation/holders-import.xhtml). */
public final class HolderImportPage {

    private final Browser browser;

    private HolderImportPage(Browser browser) {
        this.browser = browser;
    }

    public static HolderImportPage shown(Browser browser) {
        return new HolderImportPage(browser);
    }

    /** Uploads the file and asks for the check of every row. */
    public HolderImportPage check(Path file) {
        browser.upload("#importForm input[type=file]", file);
        browser.click("#importForm\\:check");
        return this;
    }

    public String summary() {
        return browser.text("#importSummary");
    }

    public String problems() {
        return browser.text("#resultForm\\:problems");
    }

    /**
     * Imports the valid rows of a file that also has problems: the page asks first, and the answer is a full post
     * that brings the unit's terms, waited for (a plain click once read the page being left, on MariaDB).
     */
    public void importValid() {
        browser.click("#resultForm\\:importValid");
        browser.clickToLoad("#resultForm\\:confirmYes");
    }
}
