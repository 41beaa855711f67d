package org.jinguo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jinguo.platform.errors.DatabaseOutage;
import org.jinguo.platform.ops.Metrics;

/**
 * What happens to a request that fails: it gets a reference a user can quote (shown on the error page, e.g.
 * "K7QD-3M2P"), one log line with that reference, the page's area and the chain of exception types (never an
 * exception's message, a parameter or a value: they may name a person), and the stack trace only at level FINE
 * (turn it on for {@code org.jinguo.platform.web.RequestErrors} in the console's log levels). A failure that is
 * the database being away is told apart, so that users see "temporarily unavailable" (503) rather than an error.
 */
public final class RequestErrors {

    static final String REF = "org.jinguo.error-reference";
    static final String OUTAGE = "org.jinguo.error-outage";
    private static final Logger LOG = Logger.getLogger(RequestErrors.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private RequestErrors() {
    }

    /** Gives the failed request its reference, logs it once, and says whether it was a database outage. */
    static boolean record(HttpServletRequest request, Throwable failure) {
        if (request.getAttribute(REF) != null) {
            return Boolean.TRUE.equals(request.getAttribute(OUTAGE));
        }
        String ref = newReference();
        boolean outage = isDatabaseOutage(failure) || DatabaseOutage.marked(request);
        request.setAttribute(REF, ref);
        request.setAttribute(OUTAGE, outage);
        String area = area(request.getServletPath());
        Metrics.count("jinguo_request_errors_total", "area", area, "kind", outage ? "outage" : "error");
        LOG.log(outage ? Level.WARNING : Level.SEVERE, () -> (outage ? "database unavailable" : "request failed")
                + " ref=" + ref + " " + request.getMethod() + " " + request.getServletPath() + " area=" + area
                + " cause=" + chain(failure));
        LOG.log(Level.FINE, "ref=" + ref, failure);
        return outage;
    }

    /**
     * For a failure met and answered by the page itself (the sign-in, when the identity store found the database
     * away): the reference, the one log line and the count, as for any other outage. Returns the reference.
     */
    static String recordOutage(HttpServletRequest request, String during) {
        String ref = newReference();
        request.setAttribute(REF, ref);
        request.setAttribute(OUTAGE, true);
        String area = area(request.getServletPath());
        Metrics.count("jinguo_request_errors_total", "area", area, "kind", "outage");
        LOG.warning(() -> "database unavailable ref=" + ref + " " + request.getMethod() + " " + request.getServletPath()
                + " area=" + area + " cause=" + during);
        return ref;
    }

    /** The area a page belongs to, by its folder: "volunteer", "bridge"…; "home" for the pages at the root. */
    static String area(String servletPath) {
        if (servletPath == null || servletPath.length() < 2) {
            return "home";
        }
        int slash = servletPath.indexOf('/', 1);
        return slash < 0 ? "home" : servletPath.substring(1, slash).toLowerCase(Locale.ROOT);
    }

    /** Whether the failure is the database (or the pool's way to it) being unreachable, not a fault of the request. */
    public static boolean isDatabaseOutage(Throwable failure) {
        return DatabaseOutage.is(failure);
    }

    /** "jakarta.ejb.EJBException > java.sql.SQLException[08S01]": types only, with SQL states. */
    static String chain(Throwable failure) {
        List<String> names = new ArrayList<>();
        for (Throwable t : causes(failure)) {
            String name = t.getClass().getName();
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                name += "[" + sql.getSQLState() + "]";
            }
            names.add(name);
        }
        return String.join(" > ", names);
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable t = failure; t != null && causes.size() < 20 && !causes.contains(t); t = next(t)) {
            causes.add(t);
        }
        return causes;
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        return t instanceof SQLException sql ? sql.getNextException() : null;
    }

    static String newReference() {
        char[] ref = new char[9];
        for (int i = 0; i < ref.length; i++) {
            ref[i] = i == 4 ? '-' : LETTERS[RANDOM.nextInt(LETTERS.length)];
        }
        return new String(ref);
    }
}
