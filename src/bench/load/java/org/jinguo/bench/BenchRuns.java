package org.jinguo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.config.Settings;

/**
 * The benchmark from end to end ({@code mvn verify -Pbench}): for each database in {@code bench.dbs} (h2, mysql,
 * mysql-group), generate the data (unless a run before left it), start the server on it ({@code src/bench/server.sh}),
 * run the Gatling load {@code bench.runs} times (3) on the warm server, stop the server; then {@link BenchReport}
 * writes the median of the runs of each database side by side. {@code mysql-group} is the MySQL database again, served
 * by two instances of a deployment group behind nginx, loaded {@code bench.group.runs} times (1). Each run has its own folder: {@code <bench.dir>/<db>/run-<n>}
 * with Gatling's report and the probe's figures.
 *
 * <p>System properties (the bench profile sets them from Maven's): {@code bench.dir}, {@code bench.dbs},
 * {@code bench.runs}, {@code bench.scale}, {@code bench.seed}, {@code bench.war}, {@code bench.payara},
 * {@code bench.results}, {@code bench.causes}, {@code bench.mysql.host}, {@code bench.mysql.port},
 * {@code bench.mysql.name}, {@code bench.mysql.admin.user}, {@code bench.mysql.admin.password}, and the load's
 * {@code bench.users}, {@code bench.rounds}, {@code bench.ramp}, {@code bench.pause.min}, {@code bench.pause.max}.
 */
public final class BenchRuns {

    /** The MySQL database served by two instances behind nginx (server.sh). */
    static final String GROUP = "mysql-group";

    static final List<String> LOAD = List.of("bench.users", "bench.rounds", "bench.ramp", "bench.pause.min",
            "bench.pause.max");

    private final Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
    private final int runs = Integer.getInteger("bench.runs", 3);
    private final int groupRuns = Integer.getInteger("bench.group.runs", 1);

    private BenchRuns() {
    }

    public static void main(String... args) throws Exception {
        BenchRuns bench = new BenchRuns();
        List<String> dbs = dbs();
        for (String db : dbs) {
            bench.database(db);
        }
        BenchReport.main(bench.dir.toString(), System.getProperty("bench.results"), System.getProperty("bench.causes"));
    }

    static List<String> dbs() {
        return Arrays.stream(System.getProperty("bench.dbs", "h2,mysql,mysql-group").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    private void database(String db) throws Exception {
        Path data = dir.resolve(db);
        Files.createDirectories(data);
        try (Stream<Path> old = Files.list(data)) { // an earlier benchmark's runs: the report reads only this one's
            for (Path run : old.filter(p -> p.getFileName().toString().startsWith("run-")).toList()) {
                try (Stream<Path> files = Files.walk(run)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
        if (db.equals(GROUP)) { // the MySQL database, as the mysql runs left it (or generated now), and its facts
            Path mysql = dir.resolve("mysql");
            Files.createDirectories(mysql);
            generate("mysql", mysql);
            for (String file : List.of("bench-data.properties", "bench-accounts.csv", "server.txt")) {
                Files.copy(mysql.resolve(file), data.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        } else {
            generate(db, data);
        }
        server(db, data, "start");
        try {
            for (int run = 1; run <= (db.equals(GROUP) ? groupRuns : runs); run++) {
                gatling(db, data, data.resolve("run-" + run));
            }
        } finally {
            server(db, data, "stop");
        }
    }

    private void generate(String db, Path data) throws Exception {
        String url;
        String user;
        String password;
        if (db.equals("h2")) {
            url = "jdbc:h2:" + data.toAbsolutePath().resolve("db/jinguo") + ";MODE=LEGACY";
            user = "sa";
            password = "sa";
        } else if (db.equals("mysql")) {
            user = System.getProperty("bench.mysql.admin.user", "root");
            password = System.getProperty("bench.mysql.admin.password", "");
            String server = "jdbc:mysql://" + System.getProperty("bench.mysql.host", "127.0.0.1") + ":"
                    + System.getProperty("bench.mysql.port", "3306") + "/";
            String name = mysqlName();
            // a database without its facts beside it (a clean target/) is generated again, not trusted
            if (!Files.exists(data.resolve("bench-data.properties"))) {
                try (Connection c = DriverManager.getConnection(server, user, password);
                     Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS `" + name + "`");
                    s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                }
            }
            url = server + name + "?rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true"
                    + "&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&serverTimezone=UTC";
        } else {
            throw new IllegalArgumentException("bench.dbs: h2, mysql or " + GROUP + ", not " + db);
        }
        Map<String, Long> written = BenchmarkData.generate(new BenchmarkData.Options(url, user, password,
                Double.parseDouble(System.getProperty("bench.scale", "1")), Long.getLong("bench.seed", 2026),
                Beijing.today(), data));
        if (db.equals("mysql")) {
            if (!written.isEmpty()) {
                analyze(url, user, password); // as a database that has lived a while: statistics for the optimizer
            }
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                 ResultSet version = s.executeQuery("SELECT VERSION()")) {
                version.next();
                String v = version.getString(1);
                Files.writeString(data.resolve("server.txt"), v.contains("MariaDB")
                        ? "MariaDB " + v.substring(0, v.indexOf("-MariaDB")) : "MySQL " + v);
            }
        }
    }

    private static String mysqlName() {
        return System.getProperty("bench.mysql.name", "jinguo_bench");
    }

    private static void analyze(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = s.executeQuery("SHOW TABLES")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                s.execute("ANALYZE TABLE `" + table + "`");
            }
        }
    }

    private void server(String db, Path data, String what) throws IOException, InterruptedException {
        ProcessBuilder server = new ProcessBuilder("bash", "src/bench/server.sh", what).inheritIO();
        Map<String, String> env = server.environment();
        env.put("PAYARA_HOME", System.getProperty("bench.payara"));
        env.put("BENCH_DATA", data.toAbsolutePath().toString());
        env.put("BENCH_DB", db);
        env.put("WAR", System.getProperty("bench.war", ""));
        env.put("MYSQL_DRIVER", mysqlDriver());
        env.put("BENCH_MYSQL_NAME", mysqlName());
        env.put("BENCH_MYSQL_HOST", System.getProperty("bench.mysql.host", "127.0.0.1"));
        env.put("BENCH_MYSQL_PORT", System.getProperty("bench.mysql.port", "3306"));
        env.put("MYSQL_ADMIN_USER", System.getProperty("bench.mysql.admin.user", "root"));
        env.put("MYSQL_ADMIN_PASSWORD", System.getProperty("bench.mysql.admin.password", ""));
        env.put("BENCH_DEMO_KEY", Settings.DEMO_CRYPTO_KEY);
        int exit = server.start().waitFor();
        if (exit != 0 && what.equals("start")) {
            throw new IllegalStateException("the benchmark's server did not start on " + db + " (exit " + exit + ")");
        }
    }

    /** The Connector/J jar on this JVM's class path: server-config/configure.sh adds it to the domain. */
    private static String mysqlDriver() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> entry.contains("mysql-connector-j")).findFirst().orElse("");
    }

    /** One run of the load in a JVM of its own, as the Gatling Maven plugin would start it. */
    private void gatling(String db, Path data, Path run) throws IOException, InterruptedException {
        Files.createDirectories(run);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // as the Gatling Maven plugin starts it
                "-server", "-Xmx1g", "-XX:MaxInlineLevel=20", "-XX:MaxTrivialSize=12",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-Dlogback.configurationFile=" + Path.of("src/bench/logback.xml").toAbsolutePath(), "-cp", System.getProperty("java.class.path"),
                "-Dbench.base=http://localhost:" + (db.equals(GROUP) ? 8090 : 8080), // nginx in front of the group
                "-Dbench.accounts=" + data.resolve("bench-accounts.csv").toAbsolutePath(),
                "-Dbench.probe=" + run.resolve("probe.txt").toAbsolutePath()));
        for (String property : LOAD) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of("io.gatling.app.Gatling", "--simulation", JinguoSimulation.class.getName(),
                "--results-folder", run.resolve("gatling").toAbsolutePath().toString(),
                "--run-description", db + " " + run.getFileName()));
        System.out.println("[bench] " + db + ", " + run.getFileName() + " of " + (db.equals(GROUP) ? groupRuns : runs));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) { // no assertions in the simulation: BenchReport judges the figures; a crash is a failure
            throw new IllegalStateException("Gatling ended with " + exit + " (" + db + ", " + run.getFileName() + ")");
        }
    }
}
