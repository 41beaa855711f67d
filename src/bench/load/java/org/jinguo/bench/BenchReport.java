package org.jinguo.bench;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the last Gatling run, the generator's facts and the server probe into benchmark/results.md:
 * the machine, the data, every page's p50/p95/p99 and throughput beside the bare page's, each target
 * met or missed with its figure, and, for a miss, the cause written down in benchmark/causes.properties.
 *
 * <p>Arguments: the bench directory (target/bench), the results file, the causes file.
 */
public final class BenchReport {

    static final int LIST_P95 = 200;
    static final int DASHBOARD_P95 = 500;
    static final int BARE_FACTOR = 3;
    static final long SESSION_LIMIT = 100 * 1024;

    /** One request name's figures (successful requests; -1 where Gatling has none). */
    record Figures(String name, long total, long ko, long p50, long p75, long p95, long p99, double perSecond) {
    }

    private BenchReport() {
    }

    public static void main(String... args) throws IOException {
        Path bench = Path.of(args[0]);
        Path results = Path.of(args[1]);
        Path run = lastRun(bench.resolve("gatling"));
        Map<String, Figures> figures = figures(Files.readString(run.resolve("js/stats.js"), StandardCharsets.UTF_8));
        Properties data = properties(bench.resolve("bench-data.properties"));
        Properties causes = properties(Path.of(args[2]));
        Map<String, String[]> probe = probe(bench.resolve("probe.txt"));
        String report = new BenchReport().write(run, figures, data, causes, probe, heap(bench));
        Files.createDirectories(results.getParent());
        Files.writeString(results, report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("[bench] written to " + results);
    }

    String write(Path run, Map<String, Figures> figures, Properties data, Properties causes, Map<String, String[]> probe,
                 String heap) {
        StringBuilder out = new StringBuilder();
        Map<String, String> misses = new LinkedHashMap<>(); // what was missed → the figure
        out.append("# Benchmark results\n\n");
        out.append("Written by `mvn verify -Pbench` (`org.jinguo.bench.BenchReport`) from the Gatling run `")
                .append(run.getFileName()).append("`. Latencies are of successful requests, in milliseconds.\n\n");

        out.append("## Machine and set-up\n\n");
        out.append("- Date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        out.append("- CPU: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores seen by Java; memory ").append(memory()).append('\n');
        out.append("- OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append("; Java ").append(System.getProperty("java.version")).append('\n');
        out.append("- Server: Payara Server 6.2025.9, default domain (").append(heap)
                .append("), connection pool 8–32 as in production, H2 file database in the server's JVM; ")
                .append("load generator (Gatling) on the same machine\n");
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
                .append(data.getProperty("scale")).append(", reference day ").append(data.getProperty("today")).append(".\n\n");

        Figures bare = figures.get(bareName());
        long bareP95 = bare == null ? -1 : bare.p95();
        out.append("## Pages\n\n");
        out.append("| page | kind | requests | failed | p50 | p95 | p99 | req/s | p95 ÷ bare | target p95 | met |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (Map.Entry<String, String> page : JinguoSimulation.PAGES.entrySet()) {
            Figures f = figures.get(page.getKey());
            if (f == null) {
                out.append("| ").append(page.getKey()).append(" | ").append(page.getValue()).append(" | 0 | | | | | | | | not run |\n");
                misses.put(page.getKey(), "not run");
                continue;
            }
            String kind = page.getValue();
            Integer limit = switch (kind) {
                case "list", "form" -> LIST_P95;
                case "dashboard" -> DASHBOARD_P95;
                default -> null;
            };
            double ratio = bareP95 > 0 && f.p95() >= 0 ? (double) f.p95() / bareP95 : Double.NaN;
            boolean ratioApplies = limit != null;
            boolean met = f.ko() == 0 && (limit == null || f.p95() <= limit) && (!ratioApplies || ratio <= BARE_FACTOR);
            String target = limit == null ? (kind.equals("bare") ? "reference" : "—")
                    : "≤ " + limit + " ms and ≤ " + BARE_FACTOR + "× bare";
            out.append("| ").append(page.getKey()).append(" | ").append(kind).append(" | ").append(f.total()).append(" | ")
                    .append(f.ko()).append(" | ").append(ms(f.p50())).append(" | ").append(ms(f.p95())).append(" | ")
                    .append(ms(f.p99())).append(" | ").append(String.format(Locale.ROOT, "%.2f", f.perSecond())).append(" | ")
                    .append(Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.1f", ratio)).append(" | ")
                    .append(target).append(" | ").append(limit == null && f.ko() == 0 ? "" : met ? "yes" : "**no**")
                    .append(" |\n");
            if (!met && (limit != null || f.ko() > 0)) {
                StringBuilder miss = new StringBuilder("p95 ").append(f.p95()).append(" ms");
                if (!Double.isNaN(ratio)) {
                    miss.append(String.format(Locale.ROOT, " (%.1f× the bare page's %d ms)", ratio, bareP95));
                }
                if (f.ko() > 0) {
                    miss.append(", ").append(f.ko()).append(" of ").append(f.total()).append(" failed");
                }
                misses.put(page.getKey(), miss.toString());
            }
        }
        Figures all = figures.get("All Requests");
        if (all != null) {
            out.append("\nAll requests: ").append(all.total()).append(", failed ").append(all.ko())
                    .append(String.format(Locale.ROOT, ", %.1f requests per second on average.%n", all.perSecond()));
        }

        out.append("\n## Export of the whole registry\n\n");
        Figures export = figures.get("people export (xlsx, whole district)");
        long people = Long.parseLong(data.getProperty("rows.person", "0"));
        if (export == null || export.total() == 0) {
            out.append("Not run.\n");
            misses.put("registry export", "not run");
        } else {
            out.append(String.format(Locale.ROOT, "%,d rows to .xlsx (streamed: POI SXSSF, 1 000 rows a page from the "
                            + "database), %d of %d exports succeeded, p50 %s ms, slowest %s ms, while the other users worked; "
                            + "the server ran with %s, so the export ran in bounded memory.%n", people,
                    export.total() - export.ko(), export.total(), ms(export.p50()), ms(export.p99()), heap));
            if (export.ko() > 0) {
                misses.put("registry export", export.ko() + " of " + export.total() + " failed");
            }
        }

        out.append("\n## Session state per signed-in user\n\n");
        String[] mean = probe.get("sessions\tmean");
        String[] max = probe.get("sessions\tmax");
        String[] count = probe.get("sessions\tsessions");
        if (max == null) {
            out.append("Not measured (the probe did not answer).\n");
            misses.put("session size", "not measured");
        } else {
            long largest = Long.parseLong(max[0]);
            out.append(String.format(Locale.ROOT, "Measured %s times, at the end of each walk (the session serialized: "
                            + "Faces views, view-scoped beans, the signed-in user): mean %,d bytes, largest %,d bytes; "
                            + "target ≤ %,d bytes: %s.%n", count[0], Long.parseLong(mean[0]), largest, SESSION_LIMIT,
                    largest <= SESSION_LIMIT ? "met" : "**missed**"));
            if (largest > SESSION_LIMIT) {
                misses.put("session size", "largest " + largest + " bytes");
            }
        }

        out.append("\n## SQL statements per page request\n\n");
        out.append("Counted on the server by `RequestCostFilter` (EclipseLink session events) for every request of the run; "
                + "the page-cost integration test (`PageCostIT`) holds each main page to a budget in every build.\n\n");
        out.append("| request | requests | statements (mean) | most in one request |\n|---|---:|---:|---:|\n");
        probe.forEach((key, values) -> {
            if (key.startsWith("costs\t") && !key.contains("/probe/")) {
                long requests = Long.parseLong(values[0]);
                long statements = Long.parseLong(values[1]);
                out.append("| ").append(key.substring(6)).append(" | ").append(requests).append(" | ")
                        .append(String.format(Locale.ROOT, "%.1f", requests == 0 ? 0.0 : (double) statements / requests))
                        .append(" | ").append(values[2]).append(" |\n");
            }
        });

        out.append("\n## Targets\n\n");
        if (misses.isEmpty()) {
            out.append("Every target is met.\n");
        } else {
            out.append("Missed:\n\n");
            misses.forEach((what, figure) -> {
                String cause = causes.getProperty(what);
                out.append("- **").append(what).append("**: ").append(figure)
                        .append(cause == null ? " — cause not yet analysed" : " — " + cause).append('\n');
            });
        }
        return out.toString();
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
            return runs.filter(Files::isDirectory).max(Path::compareTo)
                    .orElseThrow(() -> new IllegalStateException("no Gatling run under " + gatling));
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

    /** The probe's lines: "costs|sessions TAB name TAB values…" → "costs TAB name" → values. */
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
