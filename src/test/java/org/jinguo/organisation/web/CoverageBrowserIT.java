package org.jinguo.organisation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.web.UnitsPage;
import org.junit.jupiter.api.Test;

/** A street administrator adds a community, then reads her street's coverage and finds it among the gaps. */
class CoverageBrowserIT extends BrowserTestBase {

    @Test
    void aNewCommunityWithoutAFederationShowsAsAGap() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        String community = TestData.unique("无组织社区");
        UnitsPage units = UnitsPage.open(browser);
        units.addChild().name(community).save();
        assertEquals(community, units.name());

        units = UnitsPage.open(browser);
        assertEquals("观音桥街道妇联", units.name());
        units.openCoverage();
        CoveragePage coverage = CoveragePage.shown(browser);
        assertEquals("观音桥街道妇联", coverage.unit());
        assertTrue(coverage.organisationGaps().contains(community), "a gap to close");
        assertTrue(coverage.workGaps().contains(community));
        assertTrue(coverage.organisationPercent().endsWith("%"));
        assertTrue(coverage.organisationState().contains("jg-m"), "met or missed, never neither");
        browser.screenshot("coverage");
        coverage.exportGaps();
        assertEquals("", browser.errorPage(), "the gaps download, the page stays");
        assertEquals("观音桥街道妇联", coverage.unit());
    }
}
