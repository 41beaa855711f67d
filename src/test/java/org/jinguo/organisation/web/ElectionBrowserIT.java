package org.jinguo.organisation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jinguo.person.web.PersonEditPage;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.web.UnitsPage;
import org.junit.jupiter.api.Test;

/**
 * A street administrator records a new community's first election: the term, its chair taken from
 * the person registry with her background, and sees the office-holder statistics of the community.
 */
class ElectionBrowserIT extends BrowserTestBase {

    @Test
    void aNewTermsChairIsElectedAndCounted() {
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        String chair = TestData.unique("主席");
        PersonEditPage.openNew(browser).name(chair).firstTag().save();
        assertTrue(browser.path().startsWith("/people/list.xhtml"), browser.path());

        String community = TestData.unique("换届社区");
        UnitsPage units = UnitsPage.open(browser);
        units.addChild().name(community).save();
        assertEquals(community, units.name());
        units.openTerms();
        TermsPage terms = TermsPage.shown(browser);
        assertEquals(community, terms.unit());
        assertTrue(terms.text().contains("尚无届次记录"));

        terms.newTerm("2026-04-18", "2026-04-20", "2026-04-19");
        assertTrue(terms.termDialog().contains("任期结束日期必须晚于开始日期"), "a message at the field");
        terms.correctEnd("2031-04-19");
        assertTrue(terms.shownTerm(t -> t.contains("2026-04-20")).contains("当前届"));

        terms.addHolder(chair.substring(0, 6), "CHAIR");
        String shown = terms.holders(t -> t.contains(chair));
        assertTrue(shown.contains("社区骨干"), shown);
        String newcomer = TestData.unique("新任副主席");
        terms.addNewHolder(newcomer, "1980-05-04", "VICE_CHAIR");
        assertTrue(terms.holders(t -> t.contains(newcomer)).contains(newcomer), "registered in the dialog and added");
        browser.screenshot("election");

        terms.openStatistics();
        StatisticsPage statistics = StatisticsPage.shown(browser);
        assertEquals(community, statistics.unit());
        assertEquals("1", statistics.unitsWithTerm());
        assertEquals("1", statistics.count("CHAIR"));
        assertTrue(statistics.total().contains("50.0%"), "of two office holders, the chair has the background counted, the newcomer not: "
                + statistics.total());
    }
}
