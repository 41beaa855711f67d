package org.jinguo.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The demo network reproduces the source's figures for the April election. */
class DemoNetworkTest {

    @Test
    void streetsTownsAndTheirOrganisedAreasMakeTheSourcesHundredAndFourChairs() {
        List<String> elected = DemoNetwork.electedNames();
        assertEquals(9, DemoNetwork.STREETS.size());
        assertEquals(3, DemoNetwork.TOWNS.size());
        assertEquals(104, elected.size());
        assertEquals(elected.size(), new HashSet<>(elected).size(), "every name once");
        assertTrue(elected.contains("南桥寺社区妇联") && elected.contains("瓦厂嘴社区妇联"), "the places the source names");
        DemoNetwork.NOT_ORGANISED.forEach(gap -> assertTrue(!elected.contains(gap), gap));
    }

    @Test
    void officesAddUpToTheSourcesTotalsWhateverTheSeed() {
        List<Boolean> streetOrTown = DemoNetwork.electedNames().stream()
                .map(name -> name.endsWith("街道妇联") || name.endsWith("镇妇联")).toList();
        for (long seed : new long[] {2026, 1, 42}) {
            int[][] offices = DemoNetwork.offices(streetOrTown, new Random(seed));
            assertEquals(144, Arrays.stream(offices[0]).sum(), "vice-chairs");
            assertEquals(1297, Arrays.stream(offices[1]).sum(), "executive members");
            for (int i = 0; i < streetOrTown.size(); i++) {
                assertTrue(offices[0][i] >= 1 && offices[1][i] >= 12, "every federation has a council");
            }
        }
    }

    @Test
    void aNetworkOfAnotherSizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DemoNetwork.offices(List.of(true, false), new Random(1)));
    }
}
