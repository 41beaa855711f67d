package org.jinguo.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jinguo.platform.config.Settings;
import org.jinguo.platform.persistence.NameGrams;
import org.jinguo.platform.sensitive.FieldCipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generator at a hundredth of its size: consistent, scoped, repeatable. */
class BenchmarkDataTest {

    @TempDir
    Path out;

    private BenchmarkData.Options options(String db) {
        return new BenchmarkData.Options("jdbc:h2:mem:" + db + ";MODE=LEGACY;DB_CLOSE_DELAY=-1", "sa", "sa", 0.01, 7,
                LocalDate.of(2026, 12, 1), out);
    }

    @Test
    void fillsEveryAreaInProportionWithRowsInsideTheirUnits() throws Exception {
        String db = "bench" + UUID.randomUUID();
        Map<String, Long> rows = BenchmarkData.generate(options(db));

        assertEquals(1_000, rows.get("person"));
        assertEquals(5_000, rows.get("service_hours"));
        assertEquals(200, rows.get("activity"));
        assertEquals(10, rows.get("volunteer_team"));
        assertTrue(rows.get("volunteer") > 250 && rows.get("volunteer") <= 300, "volunteers " + rows.get("volunteer"));
        assertTrue(rows.get("office_holder") > 100, "office holders " + rows.get("office_holder"));
        assertTrue(Files.readString(out.resolve("bench-data.properties")).contains("streets=1"));

        try (Connection c = DriverManager.getConnection(options(db).url(), "sa", "sa")) {
            for (String table : List.of("app_user", "person", "term", "office_holder", "volunteer", "volunteer_team",
                    "activity", "activity_signup", "service_hours", "social_org", "incubation_step", "service_contract",
                    "contract_delivery", "bridge_provider", "bridge_order", "child_case", "counselling_session")) {
                assertEquals(0, number(c, "SELECT COUNT(*) FROM " + table + " t JOIN org_unit u ON u.id = t.unit_id "
                        + "WHERE t.unit_path <> u.path"), table + ": every row carries its unit's path");
                assertTrue(number(c, "SELECT seq_value FROM id_sequence WHERE seq_name = '" + table + "'")
                        > number(c, "SELECT MAX(id) FROM " + table), table + ": new ids come after the generated ones");
            }
            assertEquals(50, number(c, "SELECT COUNT(*) FROM bridge_order"), "50 orders in the one street");
            assertEquals(0, number(c, "SELECT COUNT(*) FROM bridge_order o WHERE NOT EXISTS (SELECT 1 FROM bridge_order_event e "
                    + "WHERE e.order_id = o.id AND e.to_status = o.status)"), "every order's timeline ends in its state");
            assertEquals(0, number(c, "SELECT COUNT(*) FROM bridge_order_event WHERE happened_at > CURRENT_TIMESTAMP"),
                    "no order moved in the future");
            assertTrue(number(c, "SELECT COUNT(*) FROM child_case") > 0, "children's cases");
            assertEquals(0, number(c, "SELECT COUNT(*) FROM child_case k WHERE NOT EXISTS (SELECT 1 FROM child_case_member m "
                    + "JOIN app_user u ON u.id = m.user_id WHERE m.case_id = k.id AND u.unit_id = k.unit_id)"),
                    "every case has her community's account as caseworker");
            assertEquals(number(c, "SELECT COUNT(*) FROM child_case"), number(c, "SELECT COUNT(*) FROM child_identity"));
            assertTrue(number(c, "SELECT COUNT(*) FROM counselling_session WHERE status = 'ATTENDED'") > 0, "sessions held");
            assertEquals(0, number(c, "SELECT COUNT(*) FROM org_unit c JOIN org_unit p ON p.id = c.parent_id "
                    + "WHERE c.path <> CONCAT(p.path, c.id, '/')"), "paths follow the tree");
            assertEquals(0, number(c, "SELECT COUNT(*) FROM service_hours h JOIN activity a ON a.id = h.activity_id "
                    + "WHERE h.served_on <> a.held_on OR h.unit_id <> a.unit_id"), "hours are the activity's");
            assertTrue(number(c, "SELECT COUNT(*) FROM service_hours WHERE status = 'PENDING'") > 0, "hours to approve");
            assertTrue(number(c, "SELECT COUNT(*) FROM activity WHERE held_on > DATE '2026-12-01'") > 0, "activities ahead");
            try (Statement s = c.createStatement();
                 ResultSet people = s.executeQuery("SELECT p.name, g.gram FROM person p JOIN person_name_gram g "
                         + "ON g.person_id = p.id WHERE MOD(p.id, 13) = 0 ORDER BY p.id")) {
                int grams = 0;
                while (people.next()) {
                    assertTrue(NameGrams.of(people.getString(1)).contains(people.getString(2)), "a piece of her name");
                    grams++;
                }
                int expected = 0;
                try (ResultSet names = s.executeQuery("SELECT name FROM person WHERE MOD(id, 13) = 0")) {
                    while (names.next()) {
                        expected += NameGrams.of(names.getString(1)).size();
                    }
                }
                assertTrue(expected > 0);
                assertEquals(expected, grams, "every piece of every name, each once");
            }

            FieldCipher cipher = new FieldCipher(Base64.getDecoder().decode(Settings.DEMO_CRYPTO_KEY));
            try (Statement s = c.createStatement();
                 ResultSet people = s.executeQuery("SELECT id_card_cipher, id_card_hash, id_card_masked FROM person "
                         + "WHERE MOD(id, 97) = 0")) {
                while (people.next()) {
                    String idCard = cipher.decrypt(people.getString(1));
                    assertEquals(BenchmarkData.idCard(idCard.substring(0, 17)), idCard, "a valid ID number");
                    assertEquals(cipher.searchHash(idCard), people.getString(2), "searchable by the app");
                    assertEquals(idCard.substring(14), people.getString(3).substring(14));
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameDataAndAFilledDatabaseIsLeftAlone() throws Exception {
        String first = "bench" + UUID.randomUUID();
        String second = "bench" + UUID.randomUUID();
        BenchmarkData.generate(options(first));
        BenchmarkData.generate(options(second));
        assertEquals(fingerprint(options(first).url()), fingerprint(options(second).url()));

        assertTrue(BenchmarkData.generate(options(first)).isEmpty(), "a second run writes nothing");
        try (Connection c = DriverManager.getConnection(options(first).url(), "sa", "sa")) {
            assertEquals(1_000, number(c, "SELECT COUNT(*) FROM person"));
        }
    }

    @Test
    void accountsUseThePasswordHashFormatOfJakartaSecurity() {
        String[] parts = BenchmarkData.passwordHash(BenchmarkData.PASSWORD, 1).split(":");
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(32, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(64, Base64.getDecoder().decode(parts[3]).length);
    }

    private static List<String> fingerprint(String url) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "sa"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT p.name, p.unit_id, p.birth_date, p.id_card_hash, "
                     + "(SELECT COUNT(*) FROM service_hours h JOIN volunteer v ON v.id = h.volunteer_id WHERE v.person_id = p.id) "
                     + "FROM person p WHERE MOD(p.id, 37) = 0 ORDER BY p.id")) {
            while (r.next()) {
                rows.add(r.getString(1) + "|" + r.getLong(2) + "|" + r.getDate(3) + "|" + r.getString(4) + "|" + r.getLong(5));
            }
        }
        return rows;
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
