package org.jinguo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A street administrator adds a community, then reads her street's coverage and finds it among the gaps. */
@ExtendWith(ArquillianExtension.class)
class CoverageBrowserIT extends BrowserTestBase {

    @Test
    void aNewCommunityWithoutAFederationShowsAsAGap() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        String community = TestData.unique("无组织社区");
        browser.open("/organisation/units.xhtml");
        browser.click("#unitsForm\\:addChild");
        browser.type("#unitForm\\:name", community);
        browser.click("#unitForm\\:save");
        assertEquals(community, browser.text("#detailName"));

        browser.open("/organisation/units.xhtml");
        assertEquals("观音桥街道妇联", browser.text("#detailName"));
        browser.click("#unitsForm\\:coverage");
        assertEquals("观音桥街道妇联", browser.text("#coverageUnit"));
        assertTrue(browser.text("#organisationGaps").contains(community), "a gap to close");
        assertTrue(browser.text("#workGaps").contains(community));
        assertTrue(browser.text("#organisation .jg-percent").endsWith("%"));
        assertTrue(browser.find("#organisation").getAttribute("class").contains("jg-m"), "met or missed, never neither");
        browser.screenshot("coverage");
        browser.click("#coverageForm\\:exportGaps");
        assertEquals("", browser.errorPage(), "the gaps download, the page stays");
        assertEquals("观音桥街道妇联", browser.text("#coverageUnit"));
    }
}
