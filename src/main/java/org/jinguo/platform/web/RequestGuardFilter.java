package org.jinguo.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.primefaces.csp.CspException;

/**
 * Refuses, with a 4xx page and one log line, requests no page of ours sends — before Faces parses them, so that
 * a hand-made request never reaches a component that would fail on it with a stack trace and an HTTP 500:
 * <ul>
 * <li>a postback sent as a GET (a form's parameters with its view state in the address): 405;</li>
 * <li>a POST whose {@code Origin} (or, without it, {@code Referer}) names another site: 403, a second line behind
 * the view state against forged requests;</li>
 * <li>a form larger than any of ours (1 MB, or 10 MB with a file): 413;</li>
 * <li>a postback without the page's script nonce (its script adds it to every form it sends), which PrimeFaces
 * would answer with an HTTP 500 and a long stack trace: 400; a postback with another page's nonce is answered
 * 400 too, once PrimeFaces has found out;</li>
 * <li>a table's first row or page size, a tab's index, a tree's or table's row key that is not what its script
 * sends: 400 (a number field's value that is not a number gets a message at the field:
 * {@link NumberFieldRenderer}); any other component state PrimeFaces cannot read is answered 400 once it fails.</li>
 * </ul>
 * Mapped in web.xml first of all filters, to the Faces pages: nothing before it may read the parameters of an
 * oversized form. Answers with {@link RefusedPage} directly, not through an error page that Faces would render.
 */
public class RequestGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestGuardFilter.class.getName());

    /** The largest form without a file: the longest text areas hold a few thousand characters. */
    static final long MAX_FORM_BYTES = 1024 * 1024;
    /** The largest form with files: what web.xml's multipart-config takes. */
    static final long MAX_MULTIPART_BYTES = 11 * 1024 * 1024;
    private static final int MAX_TABLE_ROW = 10_000_000;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // An error page shows itself, not the request that failed: without its view state Faces renders it as a
            // new page (with a fresh script nonce) instead of trying to restore another page's view.
            chain.doFilter(new PostParameters(request, Map.of(), ERROR_PAGE_HIDES), response);
            return;
        }
        String refusal = refusal(request);
        if (refusal != null) {
            int status = Integer.parseInt(refusal.substring(0, 3));
            LOG.warning(() -> "refused " + request.getMethod() + " " + request.getRequestURI() + " from "
                    + request.getRemoteAddr() + ": " + refusal);
            if (status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
                response.setHeader("Connection", "close");
            }
            RefusedPage.write(request, response, status);
            response.flushBuffer();
            if (status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
                drain(request); // a client still sending would otherwise never read the answer
            }
            return;
        }
        HttpServletRequest passed = request;
        if ("POST".equals(request.getMethod()) && STATELESS.equals(request.getParameter("jakarta.faces.ViewState"))
                && !ajax(request)) {
            // A stateless page (sign-in, sign-up) keeps no script nonce between requests: its form post gets a new one.
            byte[] random = new byte[16];
            RANDOM.nextBytes(random);
            String nonce = Base64.getEncoder().encodeToString(UUID.nameUUIDFromBytes(random).toString()
                    .getBytes(StandardCharsets.UTF_8));
            passed = new PostParameters(request, Map.of(NONCE, nonce), Set.of());
        }
        try {
            chain.doFilter(passed, new PathRedirects(response));
        } catch (ServletException | RuntimeException e) {
            Throwable cause = rootCause(e);
            if (!(cause instanceof CspException || componentStateNotOurs(cause)) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "refused " + request.getMethod() + " " + request.getRequestURI() + " from "
                    + request.getRemoteAddr() + ": 400 " + (cause instanceof CspException ? "another page's script nonce"
                    : "component state no page of ours sends (" + cause.getClass().getSimpleName() + ")"));
            response.reset();
            RefusedPage.write(request, response, HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /**
     * A component's state in the request (a tab's index, a tree node's key, a rating) that is not what its script
     * sends: PrimeFaces fails on it while reading the request, before anything is done.
     */
    static boolean componentStateNotOurs(Throwable cause) {
        if (!(cause instanceof NumberFormatException || cause instanceof IndexOutOfBoundsException)) {
            return false;
        }
        for (StackTraceElement frame : cause.getStackTrace()) {
            if (frame.getClassName().startsWith("org.primefaces.") && (frame.getMethodName().equals("decode")
                    || frame.getMethodName().equals("findTreeNode") || frame.getMethodName().equals("processDecodes"))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof ServletException s && s.getRootCause() != null ? rootCause(s.getRootCause()) : cause;
    }

    /** Reads and drops what the client is still sending of a refused request, at most a little over the limits. */
    private static void drain(HttpServletRequest request) {
        byte[] buffer = new byte[64 * 1024];
        long left = MAX_MULTIPART_BYTES + MAX_FORM_BYTES;
        try (var in = request.getInputStream()) {
            for (int n = in.read(buffer); n > 0 && left > 0; n = in.read(buffer)) {
                left -= n;
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away, or the container already read it: nothing left to do
        }
    }

    private static final String NONCE = "primefaces.nonce";
    /** Tab indexes ("0", "1,2"): what tab views and accordions send. */
    private static final Pattern INDEXES = Pattern.compile("(-1|\\d{1,3}(,\\d{1,3})*)?");
    /** Row keys of our trees ("0_1_2") and tables (record ids), comma-separated. */
    private static final Pattern ROW_KEYS = Pattern.compile("(\\d{1,18}(_\\d{1,6})*(,\\d{1,18}(_\\d{1,6})*)*)?");
    private static final String STATELESS = "stateless";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> ERROR_PAGE_HIDES = Set.of("jakarta.faces.ViewState", "jakarta.faces.partial.ajax",
            "jakarta.faces.partial.execute", "jakarta.faces.partial.render", "jakarta.faces.source", NONCE);

    private static boolean ajax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"))
                || "true".equals(request.getParameter("jakarta.faces.partial.ajax"));
    }

    /** Why the request is refused ("400 …"), or null. */
    static String refusal(HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return request.getParameter("jakarta.faces.ViewState") != null ? "405 postback sent as GET" : null;
        }
        if (!"POST".equals(method)) {
            return null;
        }
        if (!sameOrigin(request)) {
            return "403 posted from another site";
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean multipart = type.startsWith("multipart/");
        long length = request.getContentLengthLong();
        if (length > (multipart ? MAX_MULTIPART_BYTES : MAX_FORM_BYTES)) {
            return "413 " + length + " bytes";
        }
        if (multipart) {
            return null; // the container parses it; PrimeFaces' upload checks sizes again
        }
        if (request.getCharacterEncoding() == null) {
            try {
                request.setCharacterEncoding("UTF-8");
            } catch (IOException e) {
                return "400 encoding";
            }
        }
        Map<String, String[]> parameters = request.getParameterMap();
        String viewState = parameters.containsKey("jakarta.faces.ViewState")
                ? parameters.get("jakarta.faces.ViewState")[0] : null;
        if (viewState != null && !STATELESS.equals(viewState) && !parameters.containsKey(NONCE)) {
            // PrimeFaces' script adds the page's nonce to every form it sends; PrimeFaces refuses a postback without
            // it by failing the whole request
            return "400 postback without its script nonce";
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            for (String value : parameter.getValue()) {
                if ((name.endsWith("_first") || name.endsWith("_rows")) && !tableRow(value)) {
                    return "400 not a row number in " + name;
                }
                if (name.endsWith("_activeIndex") && !INDEXES.matcher(value).matches()) {
                    return "400 not a tab index in " + name;
                }
                if ((name.endsWith("_selection") || name.endsWith("_instantSelection") || name.endsWith("_expandNode")
                        || name.endsWith("_collapseNode")) && !ROW_KEYS.matcher(value).matches()) {
                    return "400 not a row key in " + name;
                }
            }
        }
        return null;
    }

    private static boolean tableRow(String value) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        if (value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Integer.parseInt(value) <= MAX_TABLE_ROW;
    }

    /**
     * A browser names the page's site in {@code Origin} on every POST (or at least in {@code Referer}); one of ours
     * names this server as the request reached it. Neither header (a tool, a privacy extension) is let through:
     * the view state still has to match.
     */
    static boolean sameOrigin(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if ("null".equals(source)) {
            return false; // a sandboxed frame or a redirect from elsewhere
        }
        if (source == null) {
            source = request.getHeader("Referer");
        }
        if (source == null) {
            return true;
        }
        try {
            String authority = URI.create(source).getRawAuthority();
            return authority != null && (authority.equalsIgnoreCase(String.valueOf(request.getHeader("Host")))
                    || authority.equalsIgnoreCase(String.valueOf(request.getHeader("X-Forwarded-Host"))));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
