package org.jinguo.platform.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DataScopeTest {

    @Test
    void pathsListTheIdsFromTheRoot() {
        assertEquals("/1/", DataScope.childPath(null, 1));
        assertEquals("/1/12/", DataScope.childPath("/1/", 12));
        assertEquals("/1/12/130/", DataScope.childPath("/1/12/", 130));
    }

    @Test
    void aScopeCoversItselfAndWhatLiesBelow() {
        assertTrue(DataScope.covers("/1/12/", "/1/12/"));
        assertTrue(DataScope.covers("/1/12/", "/1/12/130/"));
        assertTrue(DataScope.covers(DataScope.EVERYTHING, "/1/"));
    }

    @Test
    void aScopeDoesNotCoverSiblingsParentsOrLookalikes() {
        assertFalse(DataScope.covers("/1/12/", "/1/13/"));
        assertFalse(DataScope.covers("/1/12/", "/1/"));
        assertFalse(DataScope.covers("/1/12/", "/1/120/"), "id 120 is not below id 12");
        assertFalse(DataScope.covers(DataScope.NOTHING, "/1/"));
        assertFalse(DataScope.covers(null, "/1/"));
    }

    @Test
    void theStreetOfAUnitIsItsAncestorOfTheSecondLevel() {
        assertEquals("/1/5/", DataScope.streetOf("/1/5/23/"));
        assertEquals("/1/5/", DataScope.streetOf("/1/5/"));
        assertEquals("/1/", DataScope.streetOf("/1/"));
    }

    @Test
    void theUnitsThatReachARecordAreItsOwnAndEveryOneAboveIt() {
        assertEquals(java.util.List.of("/1/", "/1/5/", "/1/5/23/"), DataScope.pathsAbove("/1/5/23/"));
        assertEquals(java.util.List.of("/1/"), DataScope.pathsAbove("/1/"));
    }
}
