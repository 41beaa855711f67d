package org.jinguo.childcare.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TeamDirectoryTest {

    @Test
    void theUnitsThatReachACaseAreItsOwnAndEveryOneAboveIt() {
        assertEquals(List.of("/1/", "/1/5/", "/1/5/23/"), TeamDirectory.pathsAbove("/1/5/23/"));
        assertEquals(List.of("/1/"), TeamDirectory.pathsAbove("/1/"));
    }
}
