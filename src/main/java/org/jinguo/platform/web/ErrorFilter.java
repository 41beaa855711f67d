package org.jinguo.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.jinguo.platform.ops.Metrics;

/**
 * The outermost filter of every page request (first in web.xml): counts the request for its area, and turns a
 * failure that reaches it into the error page with a reference (500) or, when the database is away, the
 * "temporarily unavailable" page (503, {@code Retry-After}). Refusals that have pages of their own (403, 404, an
 * expired page) pass on to the container's mapping. Failures of ajax requests are met by
 * {@link JinguoExceptionHandler} instead, in the same way.
 */
public class ErrorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> OWN_PAGES = Set.of("org.jinguo.platform.errors.AccessDeniedException",
            "org.jinguo.platform.errors.RecordNotFoundException", "jakarta.faces.application.ViewExpiredException");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String area = RequestErrors.area(request.getServletPath());
        boolean resource = request.getServletPath().startsWith("/jakarta.faces.resource")
                || request.getServletPath().startsWith("/resources/");
        if (!resource) {
            Metrics.count("jinguo_requests_total", "area", area);
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            if (response.isCommitted() || hasOwnPage(e)) {
                throw e;
            }
            boolean outage = RequestErrors.record(request, e);
            response.resetBuffer();
            if (outage) {
                response.setHeader("Retry-After", "30");
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            } else {
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }

    /** A refusal with a page of its own (403, 404, page expired): not a failure to log. */
    static boolean hasOwnPage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (OWN_PAGES.contains(t.getClass().getName())) {
                return true;
            }
        }
        return false;
    }
}
