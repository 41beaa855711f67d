package org.jinguo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A street administrator records a new community's first election: the term, its chair taken from
 * the person registry with her background, and sees the office-holder statistics of the community.
 */
@ExtendWith(ArquillianExtension.class)
class ElectionBrowserIT extends BrowserTestBase {

    @Test
    void aNewTermsChairIsElectedAndCounted() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        String chair = TestData.unique("主席");
        browser.open("/people/edit.xhtml");
        browser.type("#personForm\\:name", chair);
        browser.click("#personForm\\:tags label[for$='\\:0']");
        browser.click("#personForm\\:save");
        assertTrue(browser.path().startsWith("/people/list.xhtml"), browser.path());

        String community = TestData.unique("换届社区");
        browser.open("/organisation/units.xhtml");
        browser.click("#unitsForm\\:addChild");
        browser.type("#unitForm\\:name", community);
        browser.click("#unitForm\\:save");
        assertEquals(community, browser.text("#detailName"));
        browser.click("#unitsForm\\:terms");
        assertEquals(community, browser.text("#termsUnit"));
        assertTrue(browser.text("#termsForm").contains("尚无届次记录"));

        browser.click("#termsForm\\:newTerm");
        browser.setValue("#termForm\\:electionDate_input", "2026-04-18");
        browser.setValue("#termForm\\:startsOn_input", "2026-04-20");
        browser.setValue("#termForm\\:endsOn_input", "2026-04-19");
        browser.click("#termForm\\:createTerm");
        assertTrue(browser.text("#termForm").contains("任期结束日期必须晚于开始日期"), "a message at the field");
        browser.setValue("#termForm\\:endsOn_input", "2031-04-19");
        browser.click("#termForm\\:createTerm");
        assertTrue(browser.waitForText("#shownTerm", t -> t.contains("2026-04-20")).contains("当前届"));

        browser.type("#holderForm\\:person_input", chair.substring(0, 6));
        browser.click(".ui-autocomplete-panel .ui-autocomplete-item");
        browser.choose("holderForm:position", "CHAIR");
        browser.click("#holderForm\\:addHolder");
        String shown = browser.waitForText("#termsForm\\:shown", t -> t.contains(chair));
        assertTrue(shown.contains("社区骨干"), shown);
        browser.screenshot("election");

        browser.click("#termsForm\\:statistics");
        assertEquals(community, browser.text("#statisticsUnit"));
        assertEquals("1", browser.text("#unitsWithTerm"));
        assertEquals("1", browser.text("#byPosition .jg-stat-CHAIR .jg-count"));
        assertTrue(browser.text("#byPosition .jg-stat-total").contains("100.0%"));
    }
}
