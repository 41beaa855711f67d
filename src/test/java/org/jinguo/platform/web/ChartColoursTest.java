package org.jinguo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** A chart's series are told apart by colour: the monthly hours chart has eight (seven units and the others). */
class ChartColoursTest {

    @Test
    void eightDifferentColoursTheFederationsRedFirst() {
        assertTrue(ChartJson.COLOURS.size() >= 8, "seven units and the others");
        assertEquals(ChartJson.COLOURS.size(), new HashSet<>(ChartJson.COLOURS).size(), "no colour twice");
        assertEquals("#b3202a", ChartJson.COLOURS.get(0));
    }
}
