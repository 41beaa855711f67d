package org.jinguo.testsupport.drill;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes every table of a database as a sorted text file, one line per row, for the upgrade and backup drills
 * (src/test/payara/drills.sh): those compare two snapshots line by line, so that every record and every field is
 * checked, not a sample. With {@code --columns-from DIR} it reads only the columns a former snapshot had (a later
 * release adds columns); with {@code --key K} it also decrypts every {@code *_cipher} value under K as the
 * application does (AES-256-GCM, the key derived by HMAC), and reports how many did not.
 *
 * <p>Arguments: JDBC URL, user, password, output folder, then the options.
 */
public final class DbSnapshot {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[3]);
        Path columnsFrom = null;
        byte[] key = null;
        for (int i = 4; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--columns-from" -> columnsFrom = Path.of(args[i + 1]);
                case "--key" -> key = Base64.getDecoder().decode(args[i + 1]);
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        Files.createDirectories(out);
        List<String> counts = new ArrayList<>();
        long decrypted = 0;
        long undecryptable = 0;
        java.util.Map<String, Long> undecryptableBy = new java.util.TreeMap<>();
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            DatabaseMetaData meta = db.getMetaData();
            String quote = meta.getIdentifierQuoteString().trim();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(db.getCatalog(), schema(db), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                String name = table.toLowerCase(Locale.ROOT);
                String columns = "*";
                if (columnsFrom != null) {
                    Path former = columnsFrom.resolve(name + ".tsv");
                    if (!Files.exists(former)) {
                        continue; // a table the former release did not have
                    }
                    String header = Files.readAllLines(former, StandardCharsets.UTF_8).get(0);
                    List<String> quoted = new ArrayList<>();
                    for (String column : header.split("\t")) {
                        quoted.add(quote + actualColumn(meta, db, table, column) + quote);
                    }
                    columns = String.join(", ", quoted);
                }
                List<String> lines = new ArrayList<>();
                String header;
                try (Statement statement = db.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT " + columns + " FROM " + quote + table + quote)) {
                    ResultSetMetaData rm = rows.getMetaData();
                    List<String> names = new ArrayList<>();
                    for (int c = 1; c <= rm.getColumnCount(); c++) {
                        names.add(rm.getColumnLabel(c).toLowerCase(Locale.ROOT));
                    }
                    header = String.join("\t", names);
                    while (rows.next()) {
                        List<String> values = new ArrayList<>();
                        for (int c = 1; c <= rm.getColumnCount(); c++) {
                            String value = value(rows, c, rm.getColumnType(c));
                            values.add(value);
                            if (key != null && rows.getString(c) != null && names.get(c - 1).endsWith("_cipher")) {
                                if (decrypts(key, rows.getString(c))) {
                                    decrypted++;
                                } else {
                                    undecryptable++;
                                    undecryptableBy.merge(name + "." + names.get(c - 1), 1L, Long::sum);
                                }
                            }
                        }
                        lines.add(String.join("\t", values));
                    }
                }
                lines.sort(null);
                lines.add(0, header);
                Files.write(out.resolve(name + ".tsv"), lines, StandardCharsets.UTF_8);
                counts.add(name + "\t" + (lines.size() - 1));
            }
        }
        counts.sort(null);
        Files.write(out.resolve("counts.txt"), counts);
        if (key != null) {
            Files.writeString(out.resolve("decrypt.txt"), decrypted + " encrypted values decrypt, " + undecryptable + " do not"
                    + (undecryptable == 0 ? "" : " " + undecryptableBy) + "\n");
        }
        System.out.println("snapshot " + out + ": " + counts.size() + " tables"
                + (key == null ? "" : ", " + decrypted + " encrypted values decrypt, " + undecryptable + " do not"));
        System.exit(undecryptable == 0 ? 0 : 3);
    }

    private static String schema(Connection db) throws Exception {
        String product = db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("h2") ? "PUBLIC" : null;
    }

    private static String actualColumn(DatabaseMetaData meta, Connection db, String table, String lower) throws Exception {
        try (ResultSet rs = meta.getColumns(db.getCatalog(), schema(db), table, "%")) {
            while (rs.next()) {
                if (rs.getString("COLUMN_NAME").equalsIgnoreCase(lower)) {
                    return rs.getString("COLUMN_NAME");
                }
            }
        }
        throw new IllegalStateException("column " + lower + " of " + table + " is gone");
    }

    private static String value(ResultSet rows, int column, int type) throws Exception {
        if (type == Types.BLOB || type == Types.LONGVARBINARY || type == Types.VARBINARY || type == Types.BINARY) {
            byte[] bytes = rows.getBytes(column);
            return bytes == null ? "\\N" : "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        String text = rows.getString(column);
        return text == null ? "\\N" : text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static boolean decrypts(byte[] secret, String stored) {
        try {
            if (!stored.startsWith("v1:")) {
                return false;
            }
            byte[] all = Base64.getDecoder().decode(stored.substring(3));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(derive(secret, "jinguo-field-encryption"), "AES"),
                    new GCMParameterSpec(128, all, 0, 12));
            cipher.doFinal(all, 12, all.length - 12);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static byte[] derive(byte[] secret, String purpose) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    }
}
