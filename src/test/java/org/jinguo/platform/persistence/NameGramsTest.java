package org.jinguo.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameGramsTest {

    @Test
    void aNameHasItsCharactersAndItsPairs() {
        assertEquals(List.of("王", "王小", "小", "小红", "红"), List.copyOf(NameGrams.of("王小红")));
        assertEquals(Set.of("丽", "丽丽"), NameGrams.of("丽丽"), "each piece once");
        assertEquals(Set.of(), NameGrams.of(null));
    }

    @Test
    void aSearchLooksUpItsFirstTwoCharactersInLowerCase() {
        assertEquals("王", NameGrams.key(" 王 "));
        assertEquals("小红", NameGrams.key("小红梅"));
        assertEquals("an", NameGrams.key("Anna"));
        assertEquals("a", NameGrams.key("A b"), "not a piece ending with a space");
        assertEquals("王", NameGrams.key("\u3000王"), "after an ideographic space too");
        assertThrows(IllegalArgumentException.class, () -> NameGrams.key("  "));
    }

    @Test
    void noPieceEndsWithASpaceWhichMySqlWouldIgnore() {
        assertEquals(Set.of("<", "<i", "i", "im", "m", "mg", "g", " s", "s"), NameGrams.of("<img s"));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsOneCharacter() {
        String rare = new String(Character.toChars(0x2A6A5)); // 𪚥, four dragons, in CJK Extension B
        assertEquals(Set.of("李", "李" + rare, rare), NameGrams.of("李" + rare));
        assertEquals("李" + rare, NameGrams.key("李" + rare + "华"));
        assertEquals(rare, NameGrams.key(rare));
    }

    @Test
    void everyTextANameContainsFindsItThroughItsKey() {
        for (String name : List.of("王小红", "Anna Li", "欧阳𪚥华", "李-丽", "<img src=x>王 \u3000红", " 王  ")) {
            Set<String> grams = NameGrams.of(name);
            String lower = name.toLowerCase(Locale.ROOT);
            for (int start = 0; start < lower.length(); start = lower.offsetByCodePoints(start, 1)) {
                for (int end = lower.offsetByCodePoints(start, 1); end <= lower.length();
                     end = end == lower.length() ? end + 1 : lower.offsetByCodePoints(end, 1)) {
                    String text = name.substring(start, end);
                    if (!text.isBlank()) {
                        assertTrue(grams.contains(NameGrams.key(text)), name + " contains " + text);
                    }
                }
            }
        }
    }
}
