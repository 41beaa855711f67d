package org.jinguo.organisation.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jinguo.unit.model.UnitType;
import org.junit.jupiter.api.Test;

class UnitTypeTest {

    @Test
    void theTerritorialTreeGoesDistrictStreetCommunity() {
        assertTrue(UnitType.DISTRICT.mayContain(UnitType.STREET));
        assertTrue(UnitType.DISTRICT.mayContain(UnitType.TOWN));
        assertTrue(UnitType.STREET.mayContain(UnitType.COMMUNITY));
        assertTrue(UnitType.TOWN.mayContain(UnitType.VILLAGE));
        assertFalse(UnitType.DISTRICT.mayContain(UnitType.COMMUNITY));
        assertFalse(UnitType.STREET.mayContain(UnitType.VILLAGE));
        assertFalse(UnitType.COMMUNITY.mayContain(UnitType.STREET));
    }

    @Test
    void industryAndRegionalFederationsStandUnderTheDistrictAndHostCommittees() {
        assertTrue(UnitType.DISTRICT.mayContain(UnitType.INDUSTRY));
        assertTrue(UnitType.DISTRICT.mayContain(UnitType.REGIONAL));
        assertTrue(UnitType.REGIONAL.mayContain(UnitType.WOMENS_COMMITTEE));
        assertTrue(UnitType.INDUSTRY.mayContain(UnitType.WORKERS_COMMITTEE));
        assertFalse(UnitType.STREET.mayContain(UnitType.INDUSTRY));
    }

    @Test
    void nothingMayContainTheDistrict() {
        for (UnitType type : UnitType.values()) {
            assertFalse(type.mayContain(UnitType.DISTRICT), type::name);
        }
    }
}
