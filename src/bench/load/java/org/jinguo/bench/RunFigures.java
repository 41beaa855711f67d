package org.jinguo.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a benchmark run's time went on the machine: the server JVM's CPU time and garbage-collection pauses
 * (from the probe), the load generator's own CPU time (this JVM), the database server's (MariaDB's or MySQL's
 * process; H2 runs inside the server JVM) and the whole machine's busy share (/proc/stat). Taken before and
 * after a run; the difference is reported beside the run's latencies, so that a slow run can be told from a
 * slow page (docs/benchmark.md, "Figures that hold still").
 */
final class RunFigures {

    /** The counters at one moment: name → value (milliseconds, or as named). */
    record Snapshot(Map<String, Long> values) {

        /** This snapshot less an earlier one: the run's own figures. */
        Map<String, Long> minus(Snapshot earlier) {
            Map<String, Long> run = new LinkedHashMap<>();
            long wall = values.get("wall_ms") - earlier.values.get("wall_ms");
            run.put("wall_ms", wall);
            for (String counter : List.of("server_cpu_ms", "server_gc_ms", "server_gc_count", "server_gc_full_count",
                    "gatling_cpu_ms", "db_cpu_ms", "machine_jiffies", "machine_idle_jiffies")) {
                if (values.containsKey(counter) && earlier.values.containsKey(counter)) {
                    run.put(counter, values.get(counter) - earlier.values.get(counter));
                }
            }
            for (String level : List.of("server_heap_max", "cores")) {
                if (values.containsKey(level)) {
                    run.put(level, values.get(level));
                }
            }
            return run;
        }
    }

    private RunFigures() {
    }

    /** Now, with the server's figures as the probe's {@code /probe/jvm} gave them. */
    static Snapshot snapshot(Map<String, String[]> serverJvm) {
        Map<String, Long> values = new LinkedHashMap<>();
        values.put("wall_ms", System.nanoTime() / 1_000_000);
        put(values, "server_cpu_ms", serverJvm, "cpu_ns", 1_000_000);
        put(values, "server_gc_ms", serverJvm, "gc_ms", 1);
        put(values, "server_gc_count", serverJvm, "gc_count", 1);
        put(values, "server_gc_full_count", serverJvm, "gc_full_count", 1);
        put(values, "server_heap_max", serverJvm, "heap_max", 1);
        put(values, "cores", serverJvm, "cores", 1);
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            values.put("gatling_cpu_ms", os.getProcessCpuTime() / 1_000_000);
        }
        databaseCpu().ifPresent(ms -> values.put("db_cpu_ms", ms));
        long[] machine = machine();
        if (machine != null) {
            values.put("machine_jiffies", machine[0]);
            values.put("machine_idle_jiffies", machine[1]);
        }
        return new Snapshot(values);
    }

    private static void put(Map<String, Long> values, String name, Map<String, String[]> from, String key, long divisor) {
        String[] value = from.get(key);
        if (value != null && value.length > 0) {
            values.put(name, Long.parseLong(value[0].trim()) / divisor);
        }
    }

    /** CPU time of the local MariaDB or MySQL server process, if one runs on this machine. */
    private static java.util.Optional<Long> databaseCpu() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                .map(p -> p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L))
                .reduce(Long::sum);
    }

    /** The whole machine: {all jiffies, idle and I/O-wait jiffies} from /proc/stat, or null off Linux. */
    private static long[] machine() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] parts = cpu.trim().split("\\s+");
            long all = 0;
            for (int i = 1; i < parts.length && i <= 8; i++) {
                all += Long.parseLong(parts[i]);
            }
            return new long[] {all, Long.parseLong(parts[4]) + Long.parseLong(parts[5])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
