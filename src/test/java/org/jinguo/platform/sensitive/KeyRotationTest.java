package org.jinguo.platform.sensitive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rotating the key: values the old key encrypted still read during the rotation, the rotation re-encrypts every
 * {@code *_cipher} column of every table (a composite key included) and recomputes each {@code *_hash} twin, and a
 * second run has nothing left to do. On an in-memory H2 database shaped like the application's.
 */
class KeyRotationTest {

    private static final byte[] OLD = key('o');
    private static final byte[] NEW = key('n');

    @Test
    void aCipherWithThePreviousKeyReadsBothAndKnowsWhichIsCurrent() {
        FieldCipher old = new FieldCipher(OLD);
        FieldCipher rotating = new FieldCipher(NEW, OLD);
        String before = old.encrypt("500105199001011234");
        assertEquals("500105199001011234", rotating.decrypt(before));
        assertFalse(rotating.isCurrent(before));
        assertTrue(rotating.isCurrent(rotating.encrypt("x")));
        assertThrows(IllegalStateException.class, () -> new FieldCipher(NEW).decrypt(before), "without the old key: unreadable");
        assertNull(new FieldCipher(NEW).decryptOrNull(before));
    }

    @Test
    void theRotationReencryptsEveryEncryptedColumnAndItsHash() throws Exception {
        FieldCipher old = new FieldCipher(OLD);
        FieldCipher rotating = new FieldCipher(NEW, OLD);
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY")) {
            try (Statement ddl = db.createStatement()) {
                ddl.execute("CREATE TABLE person (id BIGINT PRIMARY KEY, name VARCHAR(50), id_card_cipher VARCHAR(128),"
                        + " id_card_hash CHAR(64))");
                ddl.execute("CREATE TABLE child_guardian (identity_id BIGINT, position INT, name_cipher VARCHAR(200),"
                        + " phone_cipher VARCHAR(100), PRIMARY KEY (identity_id, position))");
                ddl.execute("CREATE TABLE app_user (id BIGINT PRIMARY KEY, password_hash VARCHAR(255))");
                ddl.execute("INSERT INTO app_user VALUES (1, 'pbkdf2:left alone')");
            }
            try (PreparedStatement person = db.prepareStatement("INSERT INTO person VALUES (?, ?, ?, ?)")) {
                for (int i = 1; i <= 1200; i++) {
                    String idCard = "5001051990010" + String.format("%05d", i);
                    person.setLong(1, i);
                    person.setString(2, "p" + i);
                    person.setString(3, i == 7 ? null : old.encrypt(idCard));
                    person.setString(4, i == 7 ? null : old.searchHash(idCard));
                    person.executeUpdate();
                }
            }
            try (PreparedStatement guardian = db.prepareStatement("INSERT INTO child_guardian VALUES (?, ?, ?, ?)")) {
                guardian.setLong(1, 1);
                guardian.setInt(2, 0);
                guardian.setString(3, old.encrypt("王芳"));
                guardian.setString(4, old.encrypt("13800000000"));
                guardian.executeUpdate();
                guardian.setInt(2, 1);
                guardian.setString(3, rotating.encrypt("李强")); // already under the new key
                guardian.setString(4, null);
                guardian.executeUpdate();
            }

            KeyRotation.Result result = KeyRotation.rotate(db, rotating);

            assertEquals(1199 + 2, result.reencrypted(), "every value of the old key, none twice");
            assertEquals(0, result.undecryptable());
            FieldCipher fresh = new FieldCipher(NEW);
            try (Statement read = db.createStatement();
                 ResultSet rows = read.executeQuery("SELECT id, id_card_cipher, id_card_hash FROM person WHERE id IN (1, 7, 1200) ORDER BY id")) {
                rows.next();
                assertEquals("500105199001000001", fresh.decrypt(rows.getString(2)), "readable with the new key alone");
                assertEquals(fresh.searchHash("500105199001000001"), rows.getString(3), "found by the new key's hash");
                rows.next();
                assertNull(rows.getString(2), "a person without a number stays without");
                rows.next();
                assertEquals(fresh.searchHash("500105199001001200"), rows.getString(3));
            }
            try (Statement read = db.createStatement();
                 ResultSet rows = read.executeQuery("SELECT name_cipher, phone_cipher FROM child_guardian ORDER BY position")) {
                rows.next();
                assertEquals("王芳", fresh.decrypt(rows.getString(1)));
                assertEquals("13800000000", fresh.decrypt(rows.getString(2)));
                rows.next();
                assertEquals("李强", fresh.decrypt(rows.getString(1)));
            }
            assertEquals(0, KeyRotation.rotate(db, rotating).reencrypted(), "a second run finds nothing to do");
        }
    }

    private static byte[] key(char fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return new String(key, StandardCharsets.US_ASCII).getBytes(StandardCharsets.US_ASCII);
    }
}
