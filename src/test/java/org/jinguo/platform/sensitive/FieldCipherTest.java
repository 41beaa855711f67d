package org.jinguo.platform.sensitive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    private static final String NUMBER = "11010519491231002X";

    @Test
    void encryptsWithAFreshIvAndDecryptsBack() {
        FieldCipher cipher = new FieldCipher(KEY);
        String first = cipher.encrypt(NUMBER);
        String second = cipher.encrypt(NUMBER);
        assertNotEquals(first, second, "same value, different cipher text");
        assertFalse(first.contains(NUMBER));
        assertEquals(NUMBER, cipher.decrypt(first));
        assertEquals(NUMBER, cipher.decrypt(second));
    }

    @Test
    void theSearchHashIsStablePerKeyAndDiffersBetweenKeys() {
        FieldCipher cipher = new FieldCipher(KEY);
        assertEquals(cipher.searchHash(NUMBER), new FieldCipher(KEY).searchHash(NUMBER));
        assertNotEquals(cipher.searchHash(NUMBER), new FieldCipher(OTHER_KEY).searchHash(NUMBER));
        assertEquals(64, cipher.searchHash(NUMBER).length());
    }

    @Test
    void anotherKeyOrATamperedValueCannotBeRead() {
        String sealed = new FieldCipher(KEY).encrypt(NUMBER);
        assertThrows(IllegalStateException.class, () -> new FieldCipher(OTHER_KEY).decrypt(sealed));
        char last = sealed.charAt(sealed.length() - 2);
        String tampered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);
        assertThrows(IllegalStateException.class, () -> new FieldCipher(KEY).decrypt(tampered));
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThrows(IllegalStateException.class, () -> new FieldCipher(new byte[16]));
    }
}
