package org.jinguo.platform.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jinguo.platform.persistence.StatementCounter;

/**
 * Counts the SQL statements of every page request (mapped first in web.xml, so it sees the whole
 * request) and logs a warning for a request above {@value #WARN_ABOVE} statements: the sign of a list
 * that loads row by row. The counts per page (method and path) are kept for the tests and the benchmark.
 */
public class RequestCostFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestCostFilter.class.getName());
    static final int WARN_ABOVE = 60;

    /** "GET /organisation/holders.xhtml" → requests, statements in all, most statements in one request. */
    private static final Map<String, AtomicLong[]> COSTS = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        StatementCounter.reset();
        try {
            chain.doFilter(request, response);
        } finally {
            int statements = StatementCounter.count();
            String page = request.getMethod() + " " + request.getServletPath();
            // only pages that exist are kept: any address typed by anyone would otherwise grow the map
            if (response.getStatus() != HttpServletResponse.SC_NOT_FOUND) {
                AtomicLong[] cost = COSTS.computeIfAbsent(page, k -> new AtomicLong[] {new AtomicLong(),
                        new AtomicLong(), new AtomicLong()});
                cost[0].incrementAndGet();
                cost[1].addAndGet(statements);
                cost[2].accumulateAndGet(statements, Math::max);
            }
            if (statements > WARN_ABOVE) {
                LOG.warning(() -> page + " sent " + statements + " SQL statements");
            }
        }
    }

    /** Per page: {requests, statements in all, most in one request}, pages in alphabetical order. */
    public static Map<String, long[]> costs() {
        Map<String, long[]> copy = new ConcurrentSkipListMap<>();
        COSTS.forEach((page, cost) -> copy.put(page, new long[] {cost[0].get(), cost[1].get(), cost[2].get()}));
        return copy;
    }

    /** Forgets every count: a benchmark run that starts on a server another run warmed counts only its own requests. */
    public static void clear() {
        COSTS.clear();
    }
}
