package org.jinguo.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void wildcardsTypedByTheUserAreLiteral() {
        assertEquals("%100!%!_a!!b%", Like.containing(" 100%_A!b "));
    }

    @Test
    void blankTextDoesNotFilter() {
        assertFalse(Like.given(null));
        assertFalse(Like.given("  "));
        assertTrue(Like.given("观音桥"));
    }
}
