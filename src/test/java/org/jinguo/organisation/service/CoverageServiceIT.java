package org.jinguo.organisation.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.UnitChanges;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitForm;
import org.jinguo.unit.service.UnitRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coverage computed from the data, on a town of its own with four areas: one organised (a term
 * running today), one with women's work recorded but no organisation, one whose term has ended, one
 * with nothing. Work coverage 3/4, organisation coverage 1/4, and the gaps named.
 */
@ExtendWith(ArquillianExtension.class)
class CoverageServiceIT {

    private static final LocalDate TODAY = Beijing.today();

    @Inject
    CoverageService coverage;

    @Inject
    UnitDirectory units;

    @Inject
    UnitChanges unitChanges;

    @Inject
    TermService terms;

    @Test
    void coverageCountsOrganisedAndWorkingAreasAgainstTheGoalsAndNamesTheGaps() throws Exception {
        long district = TestData.unitId(units, "江北区妇联");
        String[] names = {unique("组织社区"), unique("工作村"), unique("换届过期社区"), unique("空白村")};
        run("district", () -> {
            long town = unitChanges.create(TestData.unitForm(district, unique("覆盖镇"), UnitType.TOWN));
            long organised = unitChanges.create(TestData.unitForm(town, names[0], UnitType.COMMUNITY));
            UnitForm working = TestData.unitForm(town, names[1], UnitType.VILLAGE);
            working.setWorkCovered(true);
            unitChanges.create(working);
            long lapsed = unitChanges.create(TestData.unitForm(town, names[2], UnitType.COMMUNITY));
            unitChanges.create(TestData.unitForm(town, names[3], UnitType.VILLAGE));
            terms.createTerm(TestData.termForm(organised, TODAY.minusYears(1), TODAY.plusYears(4)));
            terms.createTerm(TestData.termForm(lapsed, TODAY.minusYears(6), TODAY.minusDays(1)));
            terms.createTerm(TestData.termForm(town, TODAY.minusYears(1), TODAY.plusYears(4)));

            Coverage ofTown = coverage.coverage(town);
            assertEquals(4, ofTown.areas(), "the town itself is not an area; its communities and villages are");
            assertEquals(1, ofTown.organised());
            assertEquals(2, ofTown.workCovered(), "organised, or women's work recorded");
            assertEquals(25.0, ofTown.organisationPercent());
            assertEquals(50.0, ofTown.workPercent());
            assertFalse(ofTown.workGoalMet());
            assertFalse(ofTown.organisationGoalMet());
            assertEquals(List.of(names[1], names[2], names[3]).stream().sorted().toList(),
                    ofTown.organisationGaps().stream().map(UnitRow::name).sorted().toList());
            assertEquals(List.of(names[2], names[3]).stream().sorted().toList(),
                    ofTown.workGaps().stream().map(UnitRow::name).sorted().toList());

            Coverage ofOrganised = coverage.coverage(organised);
            assertEquals(100.0, ofOrganised.organisationPercent());
            assertTrue(ofOrganised.organisationGoalMet() && ofOrganised.workGoalMet());
        });
    }

    @Test
    void aStreetUserGetsNoCoverageOfAnotherStreet() throws Exception {
        long shimahe = TestData.unitId(units, "石马河街道妇联");
        assertThrows(RecordNotFoundException.class, () -> run("guanyinqiao", () -> coverage.coverage(shimahe)));
        assertTrue(call("shimahe", () -> coverage.coverage(shimahe)).areas() >= 1, "南桥寺社区 lies below");
    }
}
