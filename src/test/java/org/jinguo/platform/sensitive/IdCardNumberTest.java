package org.jinguo.platform.sensitive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jinguo.platform.config.Beijing;
import org.junit.jupiter.api.Test;

class IdCardNumberTest {

    /** The GB 11643 worked example: 11010519491231002X. */
    @Test
    void acceptsTheStandardsExampleAndComputesItsCheckCharacter() {
        assertEquals('X', IdCardNumber.checkCharacter("11010519491231002"));
        assertTrue(IdCardNumber.isValid("11010519491231002X"));
        assertEquals(LocalDate.of(1949, 12, 31), IdCardNumber.birthDate("11010519491231002X").orElseThrow());
        assertTrue(IdCardNumber.isFemale("11010519491231002X"));
    }

    @Test
    void refusesWrongCheckCharactersDatesAndShapes() {
        assertFalse(IdCardNumber.isValid("110105194912310021"), "wrong check character");
        assertFalse(IdCardNumber.isValid("11010519491331002X"), "month 13");
        assertFalse(IdCardNumber.isValid("1101051949123100"), "too short");
        assertFalse(IdCardNumber.isValid("11010519491231002x"), "not normalised");
        assertFalse(IdCardNumber.isValid("<script>alert(1)</"), "not digits");
        assertFalse(IdCardNumber.isValid(null));
        String future = "500105" + Beijing.today().plusYears(1).getYear() + "0101002";
        assertFalse(IdCardNumber.isValid(future + IdCardNumber.checkCharacter(future)), "born in the future");
    }

    @Test
    void normalisesBlankToNullAndLowerXToUpper() {
        assertNull(IdCardNumber.normalise("  "));
        assertEquals("11010519491231002X", IdCardNumber.normalise(" 11010519491231002x "));
    }
}
