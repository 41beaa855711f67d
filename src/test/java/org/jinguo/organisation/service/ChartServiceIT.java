package org.jinguo.organisation.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.service.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The organisation chart on the demo district: two levels below a unit, each with its current chair. */
@ExtendWith(ArquillianExtension.class)
class ChartServiceIT {

    private static final String GUANYINQIAO = "guanyinqiao";
    private static final String SHIMAHE_STAFF = "shimahe";

    @Inject
    ChartService charts;

    @Inject
    UnitDirectory units;

    @Test
    void theChartShowsTwoLevelsBelowTheUnitWithTheirCurrentChairs() throws Exception {
        long street = TestData.unitId(units, "观音桥街道妇联");
        ChartNode chart = call(GUANYINQIAO, () -> charts.chart(street));
        assertEquals("观音桥街道妇联", chart.name());
        assertTrue(chart.chair() != null, "the demo street elected a chair in April");
        assertTrue(chart.children().stream().anyMatch(c -> c.name().equals("建新北路社区妇联") && c.chair() != null));
        assertTrue(chart.children().stream().anyMatch(c -> c.name().equals("新华路社区妇联") && c.chair() == null),
                "a community without a federation has no chair");
        run(SHIMAHE_STAFF, () -> assertThrows(RecordNotFoundException.class, () -> charts.chart(street)));
    }

}
