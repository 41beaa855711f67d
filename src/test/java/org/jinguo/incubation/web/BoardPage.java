package org.jinguo.incubation.web;

import java.util.function.Predicate;
import org.jinguo.testsupport.Browser;

/** The incubation board (incubation/board.xhtml): a column per stage and the pipeline chart. */
public final class BoardPage {

    private final Browser browser;

    private BoardPage(Browser browser) {
        this.browser = browser;
    }

    public static BoardPage open(Browser browser) {
        browser.open("/incubation/board.xhtml");
        return new BoardPage(browser);
    }

    /** Shows the board of the unit picked by (part of) its name. */
    public BoardPage ofUnit(String unit) {
        browser.pick("#boardForm\\:unit_input", unit);
        browser.click("#boardForm\\:show");
        return this;
    }

    /** How many organisations stand at a stage (a Stage's name). */
    public String count(String stage) {
        return browser.text("#count-" + stage);
    }

    public String count(String stage, Predicate<String> condition) {
        return browser.waitForText("#count-" + stage, condition);
    }

    public String column(String stage) {
        return browser.text("#column-" + stage);
    }
}
