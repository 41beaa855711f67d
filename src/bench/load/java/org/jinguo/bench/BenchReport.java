// Longer than 300 lines on purpose: one report, read from top to bottom as benchmark/results.md is; split, each part's format would be apart from the file it writes.
package org.jinguo.bench;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the benchmark's runs ({@link BenchRuns}: each database's folder with its runs' Gatling results and probe
 * figures) into benchmark/results.md: the machine, the data, each page's median p50/p95 over the runs for each
 * database side by side beside the bare page's, every run's own figures (throughput, the server's CPU and garbage
 * collection, the load generator's and the database's CPU), each target met or missed with its figure, and, for
 * a miss, the cause written down in benchmark/causes.properties (sentences without figures: the figures are this
 * run's, printed beside them).
 *
 * <p>Arguments: the bench directory (target/bench), the results file, the causes file.
 */
public final class BenchReport {

    static final int LIST_P95 = 200;
    static final int DASHBOARD_P95 = 500;
    static final int BARE_FACTOR = 3;
    static final long SESSION_LIMIT = 100 * 1024;
    static final String EXPORT = "people export (xlsx, whole district)";

    /** One request name's figures (successful requests; -1 where Gatling has none). */
    record Figures(String name, long total, long ko, long p50, long p75, long p95, long p99, double perSecond) {
    }

    /** One run: its Gatling figures and what the probe counted. */
    record Run(String name, Map<String, Figures> figures, Map<String, String[]> probe) {

        long bareP95() {
            Figures bare = figures.get(bareName());
            return bare == null ? -1 : bare.p95();
        }

        long run(String key) {
            String[] value = probe.get("run\t" + key);
            return value == null ? -1 : Long.parseLong(value[0]);
        }
    }

    /** A database's runs and what it is. */
    record Database(String key, String label, String server, List<Run> runs) {
    }

    private BenchReport() {
    }

    public static void main(String... args) throws IOException {
        Path bench = Path.of(args[0]);
        Path results = Path.of(args[1]);
        List<Database> databases = new ArrayList<>();
        for (String db : List.of("h2", "mysql", BenchRuns.GROUP)) {
            Path folder = bench.resolve(db);
            List<Run> runs = runs(folder);
            if (!runs.isEmpty()) {
                String server = Files.exists(folder.resolve("server.txt"))
                        ? Files.readString(folder.resolve("server.txt"), StandardCharsets.UTF_8).trim() : db;
                databases.add(new Database(db, label(db), server, runs));
            }
        }
        if (databases.isEmpty()) {
            throw new IllegalStateException("no benchmark run under " + bench);
        }
        Properties data = properties(bench.resolve(databases.get(0).key()).resolve("bench-data.properties"));
        Properties causes = properties(Path.of(args[2]));
        String report = write(databases, data, causes, heap(bench));
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("[bench] written to " + results);
    }

    static List<Run> runs(Path folder) throws IOException {
        List<Run> runs = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return runs;
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path run : list.filter(p -> p.getFileName().toString().startsWith("run-")).sorted().toList()) {
                Path gatling = run.resolve("gatling");
                Path last = Files.isDirectory(gatling) ? lastRun(gatling) : null;
                if (last != null && Files.exists(last.resolve("js/stats.js"))) {
                    runs.add(new Run(run.getFileName().toString(),
                            figures(Files.readString(last.resolve("js/stats.js"), StandardCharsets.UTF_8)),
                            probe(run.resolve("probe.txt"))));
                }
            }
        }
        return runs;
    }

    static String write(List<Database> databases, Properties data, Properties causes, String heap) {
        StringBuilder out = new StringBuilder();
        Map<String, String> misses = new LinkedHashMap<>(); // what was missed → the figure
        int runCount = databases.get(0).runs().size();
        out.append("# Benchmark results\n\n");
        out.append("Written by `mvn verify -Pbench` (`org.jinguo.bench.BenchRuns`, `BenchReport`): the same load ")
                .append(runCount == 1 ? "once" : runCount + " times").append(" on each database, one after the other on a warm server. ")
                .append("Latencies are of successful requests, in milliseconds; a page's figure is the median of its runs' figures ")
                .append("(its ratio to the bare page is taken within each run, then the median).\n\n");

        out.append("## Machine and set-up\n\n");
        out.append("- Date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        out.append("- CPU: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores seen by Java; memory ").append(memory()).append('\n');
        out.append("- OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append("; Java ").append(System.getProperty("java.version")).append('\n');
        out.append("- Server: Payara Server 6.2025.9, default domain (").append(heap)
                .append("), connection pool 8–32 as in production; load generator (Gatling) on the same machine\n");
        for (Database db : databases) {
            out.append("- ").append(db.label()).append(": ").append(switch (db.key()) {
                case "h2" -> "H2 file database in the server's JVM";
                case BenchRuns.GROUP -> "the MySQL database again, served by two Payara instances of a deployment group "
                        + "(`server-config/deployment-group.sh`, sessions replicated through the Data Grid) behind nginx "
                        + "(`server-config/nginx/jinguo.conf`, sticky); each instance has the default heap and its own pool. "
                        + "The server's CPU, GC and statement counts are those of the one instance the probe's session "
                        + "landed on; the load is spread over both";
                default -> db.server() + " on the same machine, the server set up by "
                        + "`server-config/configure.sh` as in production (validated pool, the application's own account)";
            }).append('\n');
        }
        out.append("- Load: ").append(System.getProperty("bench.users", "50")).append(" users (")
                .append("one in ten the district, three in ten street administrators, the rest community staff), ")
                .append("each walking the pages below ").append(System.getProperty("bench.rounds", "4"))
                .append(" times with ").append(System.getProperty("bench.pause", "2000–6000 ms"))
                .append(" to read or type between requests; the district also exports the registry twice\n\n");

        out.append("## Data (ten times Jiangbei)\n\n| table | rows |\n|---|---:|\n");
        new TreeMap<>(data).forEach((key, value) -> {
            if (String.valueOf(key).startsWith("rows.")) {
                out.append("| ").append(String.valueOf(key).substring(5)).append(" | ")
                        .append(String.format(Locale.ROOT, "%,d", Long.parseLong(String.valueOf(value)))).append(" |\n");
            }
        });
        out.append("\nGenerated with seed ").append(data.getProperty("seed")).append(", scale ")
                .append(data.getProperty("scale")).append(", reference day ").append(data.getProperty("today"))
                .append(", the same rows in each database.\n\n");

        pages(out, databases, misses);
        runsTable(out, databases);
        spread(out, databases);
        export(out, databases, data, heap, misses);
        sessions(out, databases, misses);
        statements(out, databases);

        out.append("\n## Targets\n\n");
        if (misses.isEmpty()) {
            out.append("Every target is met on ")
                    .append(databases.stream().map(Database::label).collect(Collectors.joining(" and "))).append(".\n");
        } else {
            out.append("Missed:\n\n");
            misses.forEach((what, figure) -> {
                // "page (database)", or a miss of the whole run ("session size")
                Database missed = databases.stream().filter(d -> what.endsWith(" (" + d.label() + ")")).findFirst()
                        .orElse(null);
                String page = missed == null ? what : what.substring(0, what.length() - missed.label().length() - 3);
                String db = missed == null ? "" : missed.key();
                String cause = causes.getProperty(page + "@" + db, db.equals(BenchRuns.GROUP) // one cause for the whole set-up
                        ? causes.getProperty("two instances") : causes.getProperty(page));
                out.append("- **").append(what).append("**: ").append(figure)
                        .append(cause == null ? " — cause not yet analysed" : " — " + cause).append('\n');
            });
        }
        return out.toString();
    }

    private static void pages(StringBuilder out, List<Database> databases, Map<String, String> misses) {
        out.append("## Pages\n\nMedian of each database's runs. Targets: p95 ≤ ").append(LIST_P95)
                .append(" ms for lists and forms, ≤ ").append(DASHBOARD_P95).append(" ms for dashboards, and each ≤ ")
                .append(BARE_FACTOR).append("× the bare page's p95 in the same run.\n\n");
        StringBuilder head = new StringBuilder("| page | kind | target p95 |");
        StringBuilder rule = new StringBuilder("|---|---|---|");
        for (Database db : databases) {
            head.append(' ').append(db.label()).append(" p50 | ").append(db.label()).append(" p95 | ÷ bare | met |");
            rule.append("---:|---:|---:|---|");
        }
        out.append(head).append('\n').append(rule).append('\n');
        for (Map.Entry<String, String> page : JinguoSimulation.PAGES.entrySet()) {
            String kind = page.getValue();
            Integer limit = limit(kind);
            out.append("| ").append(page.getKey()).append(" | ").append(kind).append(" | ")
                    .append(limit == null ? (kind.equals("bare") ? "reference" : "—") : "≤ " + limit + " ms, ≤ " + BARE_FACTOR + "×")
                    .append(" |");
            for (Database db : databases) {
                List<Figures> seen = db.runs().stream().map(r -> r.figures().get(page.getKey()))
                        .filter(f -> f != null).toList();
                if (seen.isEmpty()) {
                    out.append(" | | | not run |");
                    if (limit != null) {
                        misses.put(page.getKey() + " (" + db.label() + ")", "not run");
                    }
                    continue;
                }
                long p50 = median(seen, Figures::p50);
                long p95 = median(seen, Figures::p95);
                long ko = seen.stream().mapToLong(Figures::ko).sum();
                double ratio = medianRatio(db.runs(), page.getKey());
                boolean met = ko == 0 && (limit == null || p95 <= limit && ratio <= BARE_FACTOR);
                out.append(' ').append(ms(p50)).append(" | ").append(ms(p95)).append(" | ")
                        .append(Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.1f", ratio)).append(" | ")
                        .append(limit == null && ko == 0 ? "" : met ? "yes" : "**no**").append(" |");
                if (!met) {
                    StringBuilder miss = new StringBuilder("p95 ").append(p95).append(" ms");
                    if (!Double.isNaN(ratio)) {
                        miss.append(String.format(Locale.ROOT, ", %.1f× the bare page's", ratio));
                    }
                    if (ko > 0) {
                        miss.append(", ").append(ko).append(" of ").append(seen.stream().mapToLong(Figures::total).sum())
                                .append(" failed");
                    }
                    misses.put(page.getKey() + " (" + db.label() + ")", miss.toString());
                }
            }
            out.append('\n');
        }
    }

    static String label(String db) {
        return switch (db) {
            case "h2" -> "H2";
            case BenchRuns.GROUP -> "MySQL, 2 instances";
            default -> "MySQL";
        };
    }

    private static Integer limit(String kind) {
        return switch (kind) {
            case "list", "form" -> LIST_P95;
            case "dashboard" -> DASHBOARD_P95;
            default -> null;
        };
    }

    /** Each run's own figures: how much was done, and where the machine's time went while it was done. */
    private static void runsTable(StringBuilder out, List<Database> databases) {
        out.append("\n## The runs\n\n");
        out.append("Where each run's time went: the server's CPU time and its garbage-collection pauses (from the server ")
                .append("JVM's own counters), the load generator's and the database server's CPU time (MariaDB's process; ")
                .append("H2's work is in the server's), each as a share of the machine's cores over the run, and how busy ")
                .append("the whole machine was (/proc/stat).\n\n");
        out.append("| database | run | requests | failed | req/s | bare p95 | minutes | server CPU | GC pauses | "
                + "GC pauses ÷ run | full GCs | Gatling CPU | database CPU | machine busy |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Database db : databases) {
            for (Run run : db.runs()) {
                Figures all = run.figures().get("All Requests");
                long wall = run.run("wall_ms");
                long cores = Math.max(1, run.run("cores"));
                out.append("| ").append(db.label()).append(" | ").append(run.name()).append(" | ")
                        .append(all == null ? "" : all.total()).append(" | ").append(all == null ? "" : all.ko()).append(" | ")
                        .append(all == null ? "" : String.format(Locale.ROOT, "%.1f", all.perSecond())).append(" | ")
                        .append(ms(run.bareP95())).append(" | ")
                        .append(wall <= 0 ? "" : String.format(Locale.ROOT, "%.1f", wall / 60_000.0)).append(" | ")
                        .append(share(run.run("server_cpu_ms"), wall * cores)).append(" | ")
                        .append(run.run("server_gc_ms") < 0 ? "" : String.format(Locale.ROOT, "%,d ms", run.run("server_gc_ms")))
                        .append(" | ").append(share(run.run("server_gc_ms"), wall)).append(" | ")
                        .append(run.run("server_gc_full_count") < 0 ? "" : run.run("server_gc_full_count")).append(" | ")
                        .append(share(run.run("gatling_cpu_ms"), wall * cores)).append(" | ")
                        .append(db.key().equals("h2") ? "in the server" : share(run.run("db_cpu_ms"), wall * cores)).append(" | ")
                        .append(run.run("machine_jiffies") <= 0 ? "" : share(run.run("machine_jiffies")
                                - run.run("machine_idle_jiffies"), run.run("machine_jiffies"))).append(" |\n");
            }
        }
    }

    /** Every page's p95 in each run: how far one run's figure may be from the median. */
    private static void spread(StringBuilder out, List<Database> databases) {
        if (databases.get(0).runs().size() < 2) {
            return;
        }
        out.append("\n## p95 in each run\n\n| page |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Database db : databases) {
            out.append(' ').append(db.label()).append(" (").append(db.runs().stream().map(Run::name)
                    .collect(Collectors.joining(", "))).append(") |");
            rule.append("---:|");
        }
        out.append('\n').append(rule).append('\n');
        for (String page : JinguoSimulation.PAGES.keySet()) {
            out.append("| ").append(page).append(" |");
            for (Database db : databases) {
                out.append(' ').append(db.runs().stream().map(r -> r.figures().get(page))
                        .map(f -> f == null ? "–" : ms(f.p95())).collect(Collectors.joining(" / "))).append(" |");
            }
            out.append('\n');
        }
    }

    private static void export(StringBuilder out, List<Database> databases, Properties data, String heap,
                               Map<String, String> misses) {
        out.append("\n## Export of the whole registry\n\n");
        long people = Long.parseLong(data.getProperty("rows.person", "0"));
        out.append(String.format(Locale.ROOT, "%,d rows to .xlsx (streamed: POI SXSSF, 1 000 rows a page from the database) "
                + "while the other users worked, the server with %s:%n%n", people, heap));
        for (Database db : databases) {
            List<Figures> exports = db.runs().stream().map(r -> r.figures().get(EXPORT)).filter(f -> f != null).toList();
            long total = exports.stream().mapToLong(Figures::total).sum();
            long ko = exports.stream().mapToLong(Figures::ko).sum();
            if (total == 0) {
                out.append("- ").append(db.label()).append(": not run\n");
                misses.put("registry export (" + db.label() + ")", "not run");
                continue;
            }
            out.append(String.format(Locale.ROOT, "- %s: %d of %d exports succeeded; per run, the slowest took %s ms%n",
                    db.label(), total - ko, total, exports.stream().map(f -> ms(f.p99())).collect(Collectors.joining(", "))));
            if (ko > 0) {
                misses.put("registry export (" + db.label() + ")", ko + " of " + total + " failed");
            }
        }
    }

    private static void sessions(StringBuilder out, List<Database> databases, Map<String, String> misses) {
        out.append("\n## Session state per signed-in user\n\n");
        long measured = 0;
        long largest = -1;
        long meanSum = 0;
        for (Database db : databases) {
            for (Run run : db.runs()) {
                String[] max = run.probe().get("sessions\tmax");
                if (max != null) {
                    long count = Long.parseLong(run.probe().get("sessions\tsessions")[0]);
                    measured += count;
                    meanSum += count * Long.parseLong(run.probe().get("sessions\tmean")[0]);
                    largest = Math.max(largest, Long.parseLong(max[0]));
                }
            }
        }
        if (largest < 0 || measured == 0) {
            out.append("Not measured (the probe did not answer).\n");
            misses.put("session size", "not measured");
            return;
        }
        out.append(String.format(Locale.ROOT, "Measured %d times in all runs, at the end of each walk (the session serialized: "
                        + "Faces views, view-scoped beans, the signed-in user): mean %,d bytes, largest %,d bytes; "
                        + "target ≤ %,d bytes: %s.%n", measured, meanSum / measured, largest, SESSION_LIMIT,
                largest <= SESSION_LIMIT ? "met" : "**missed**"));
        if (largest > SESSION_LIMIT) {
            misses.put("session size", "largest " + largest + " bytes");
        }
    }

    private static void statements(StringBuilder out, List<Database> databases) {
        out.append("\n## SQL statements per page request\n\n");
        out.append("Counted on the server by `RequestCostFilter` (EclipseLink session events) for every request of each ")
                .append("database's last run; the page-cost integration test (`PageCostIT`) holds each main page to a budget ")
                .append("in every build.\n\n| request |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Database db : databases) {
            out.append(' ').append(db.label()).append(" requests | statements (mean) | most in one |");
            rule.append("---:|---:|---:|");
        }
        out.append('\n').append(rule).append('\n');
        Map<String, Map<String, String[]>> rows = new TreeMap<>();
        for (Database db : databases) {
            Run last = db.runs().get(db.runs().size() - 1);
            last.probe().forEach((key, values) -> {
                if (key.startsWith("costs\t") && !key.contains("/probe/")) {
                    rows.computeIfAbsent(key.substring(6), k -> new LinkedHashMap<>()).put(db.key(), values);
                }
            });
        }
        rows.forEach((request, byDb) -> {
            out.append("| ").append(request).append(" |");
            for (Database db : databases) {
                String[] values = byDb.get(db.key());
                if (values == null) {
                    out.append(" | | |");
                    continue;
                }
                long requests = Long.parseLong(values[0]);
                long statements = Long.parseLong(values[1]);
                out.append(' ').append(requests).append(" | ")
                        .append(String.format(Locale.ROOT, "%.1f", requests == 0 ? 0.0 : (double) statements / requests))
                        .append(" | ").append(values[2]).append(" |");
            }
            out.append('\n');
        });
    }

    static long median(List<Figures> figures, ToLongFunction<Figures> value) {
        long[] sorted = figures.stream().mapToLong(value).sorted().toArray();
        return sorted.length == 0 ? -1 : sorted[(sorted.length - 1) / 2];
    }

    /** The median over the runs of the page's p95 divided by the bare page's p95 in the same run. */
    static double medianRatio(List<Run> runs, String page) {
        double[] ratios = runs.stream().filter(r -> r.figures().containsKey(page) && r.bareP95() > 0
                        && r.figures().get(page).p95() >= 0)
                .mapToDouble(r -> (double) r.figures().get(page).p95() / r.bareP95()).sorted().toArray();
        return ratios.length == 0 ? Double.NaN : ratios[(ratios.length - 1) / 2];
    }

    private static String share(long part, long whole) {
        return part < 0 || whole <= 0 ? "" : String.format(Locale.ROOT, "%.0f %%", 100.0 * part / whole);
    }

    private static String bareName() {
        return JinguoSimulation.PAGES.entrySet().stream().filter(e -> e.getValue().equals("bare")).findFirst()
                .orElseThrow().getKey();
    }

    private static String ms(long value) {
        return value < 0 ? "" : String.valueOf(value);
    }

    static Map<String, Figures> figures(String stats) {
        Map<String, Figures> figures = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"name\": \"([^\"]+)\",\\s*\"numberOfRequests\": \\{\\s*\"total\": \"(\\d+)\",\\s*"
                + "\"ok\": \"(\\d+)\",\\s*\"ko\": \"(\\d+)\"").matcher(stats);
        while (m.find()) {
            String rest = stats.substring(m.end());
            figures.putIfAbsent(m.group(1), new Figures(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(4)),
                    ok(rest, "percentiles1"), ok(rest, "percentiles2"), ok(rest, "percentiles3"), ok(rest, "percentiles4"),
                    total(rest, "meanNumberOfRequestsPerSecond")));
        }
        return figures;
    }

    private static long ok(String rest, String field) {
        Matcher m = Pattern.compile("\"" + field + "\": \\{\\s*\"total\": \"[^\"]*\",\\s*\"ok\": \"([^\"]*)\"").matcher(rest);
        if (!m.find()) {
            return -1;
        }
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static double total(String rest, String field) {
        Matcher m = Pattern.compile("\"" + field + "\": \\{\\s*\"total\": \"([^\"]*)\"").matcher(rest);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static Path lastRun(Path gatling) throws IOException {
        try (Stream<Path> runs = Files.list(gatling)) {
            return runs.filter(Files::isDirectory).max(Path::compareTo).orElse(null);
        }
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
        }
        return properties;
    }

    /** The probe's lines: "costs|sessions|run TAB name TAB values…" → "costs TAB name" → values. */
    private static Map<String, String[]> probe(Path file) throws IOException {
        Map<String, String[]> lines = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return lines;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t");
            if (parts.length >= 3) {
                String[] values = new String[parts.length - 2];
                System.arraycopy(parts, 2, values, 0, values.length);
                lines.put(parts[0] + "\t" + parts[1], values);
            }
        }
        return lines;
    }

    private static String heap(Path bench) {
        try {
            String domain = Files.readString(bench.resolve("payara6/glassfish/domains/domain1/config/domain.xml"));
            Matcher m = Pattern.compile("<jvm-options>-Xmx([^<]+)</jvm-options>").matcher(domain);
            return m.find() ? "heap -Xmx" + m.group(1) : "heap as Payara's default";
        } catch (IOException e) {
            return "heap unknown";
        }
    }

    private static String cpu() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse(System.getProperty("os.arch"));
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }

    private static String memory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return (os.getTotalMemorySize() >> 30) + " GiB";
        }
        return "unknown";
    }
}
