package org.jinguo.testsupport.probe;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Serializable;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.RequestCostFilter;

/**
 * Test and benchmark only (added to the WAR by the integration tests and the benchmark profile, never
 * shipped): what a page costs on the server.
 * <ul>
 * <li>{@code /probe/costs}: per page, requests, SQL statements in all and most in one request;</li>
 * <li>{@code /probe/session}: the caller's session serialized, in bytes, in all and per attribute
 *     (Faces views and view-scoped beans live there); each answer is remembered;</li>
 * <li>{@code /probe/sessions}: how many sessions were measured, their mean and largest size;</li>
 * <li>{@code /probe/me}: the signed-in user's unit id;</li>
 * <li>{@code /probe/jvm}: the server JVM's CPU time, garbage collections and heap, for a benchmark run's share;</li>
 * <li>{@code /probe/reset}: forgets the costs and session sizes counted so far (a benchmark's next run);</li>
 * <li>{@code /probe/fail}, {@code /probe/outage}: a failure, and the database away (the error page, 500 and 503).</li>
 * </ul>
 */
@WebServlet("/probe/*")
public class ProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final List<Long> SIZES = new CopyOnWriteArrayList<>();

    @Inject
    transient CurrentCaller currentCaller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        switch (String.valueOf(request.getPathInfo())) {
            case "/costs" -> RequestCostFilter.costs().forEach((page, cost) ->
                    out.println(page + "\t" + cost[0] + "\t" + cost[1] + "\t" + cost[2]));
            case "/session" -> {
                Map<String, Long> sizes = sessionSizes(request.getSession(false));
                long total = sizes.values().stream().mapToLong(Long::longValue).sum();
                SIZES.add(total);
                out.println("total\t" + total);
                sizes.forEach((name, bytes) -> out.println(name + "\t" + bytes));
            }
            case "/sessions" -> {
                List<Long> sizes = List.copyOf(SIZES);
                out.println("sessions\t" + sizes.size());
                out.println("mean\t" + (long) sizes.stream().mapToLong(Long::longValue).average().orElse(0));
                out.println("max\t" + (sizes.isEmpty() ? 0 : Collections.max(sizes)));
            }
            case "/jvm" -> jvm().forEach((name, value) -> out.println(name + "\t" + value));
            case "/reset" -> {
                RequestCostFilter.clear();
                SIZES.clear();
                out.println("reset\t1");
            }
            case "/me" -> out.println("unit\t" + currentCaller.require().unitId());
            // a page that fails (the message carries a phone number: it must reach no log) and one that meets the
            // database away, for the error page's reference and the 503
            case "/fail" -> throw new IllegalStateException("probe failure for 13912345678");
            case "/outage" -> throw new IllegalStateException("probe", new java.sql.SQLTransientConnectionException(
                    "probe: the database is away", "08001"));
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /**
     * The server JVM's figures since it started: wall time, CPU time of the process, garbage collections (count and
     * time, all collectors together and the longest-pausing collector's own), heap in use and at most, and the
     * cores it sees. A benchmark takes them before and after a run and reports the difference.
     */
    static Map<String, Long> jvm() {
        Map<String, Long> figures = new TreeMap<>();
        figures.put("uptime_ms", ManagementFactory.getRuntimeMXBean().getUptime());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            figures.put("cpu_ns", os.getProcessCpuTime());
        }
        long count = 0;
        long time = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            time += Math.max(0, gc.getCollectionTime());
            // G1 on Java 17: "G1 Young Generation" (young and mixed pauses), "G1 Old Generation" (full collections)
            String name = gc.getName().toLowerCase(java.util.Locale.ROOT);
            if (name.contains("old")) {
                figures.put("gc_full_count", gc.getCollectionCount());
                figures.put("gc_full_ms", gc.getCollectionTime());
            }
        }
        figures.put("gc_count", count);
        figures.put("gc_ms", time);
        figures.put("heap_used", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        figures.put("heap_max", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax());
        figures.put("cores", (long) Runtime.getRuntime().availableProcessors());
        return figures;
    }

    /**
     * Each attribute's serialized size. An EJB that a view-scoped bean holds is written as its class name:
     * the server's own session store writes such references as small handles; plain Java serialization
     * cannot. Anything else that cannot be serialized counts -1 (a fault in itself).
     */
    static Map<String, Long> sessionSizes(HttpSession session) {
        Map<String, Long> sizes = new TreeMap<>();
        if (session == null) {
            return sizes;
        }
        for (String name : Collections.list(session.getAttributeNames())) {
            Counting counting = new Counting();
            try (ObjectOutputStream out = new Handles(counting)) {
                out.writeObject(session.getAttribute(name));
            } catch (IOException e) {
                sizes.put(name + " (not serializable: " + e.getMessage() + ")", -1L);
                continue;
            }
            sizes.put(name, counting.bytes);
        }
        return sizes;
    }

    /** Writes a server-side bean reference (an EJB) as its class name, the rest as Java serialization does. */
    private static final class Handles extends ObjectOutputStream {
        Handles(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            if (object != null && !(object instanceof Serializable) && object.getClass().getName().contains("__EJB31_Generated__")) {
                return "ejb:" + object.getClass().getName();
            }
            return object;
        }
    }

    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
