package org.jinguo.platform.sensitive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MasksTest {

    @Test
    void idCardKeepsTheFirstAndLastFour() {
        assertEquals("5001**********1234", Masks.idCard("500105198803151234"));
        assertEquals("******", Masks.idCard("123456"));
        assertNull(Masks.idCard(null));
    }

    @Test
    void phoneKeepsThePrefixAndTheLastFour() {
        assertEquals("138****1234", Masks.phone("13800001234"));
        assertEquals("*****", Masks.phone("12345"));
    }

    @Test
    void addressKeepsOnlyItsBeginning() {
        String masked = Masks.address("重庆市江北区观音桥街道建新北路1号");
        assertEquals("重庆市江北区****", masked);
        assertFalse(Masks.address("建新北路1号").contains("1号"));
    }
}
