package org.jinguo.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.UUID;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Refuses, with a 4xx page and one log line, requests no page of ours sends — before Faces parses them, so that
 * a hand-made request never reaches a component that would fail on it with a stack trace and an HTTP 500:
 * <ul>
 * <li>a postback sent as a GET (a form's parameters with its view state in the address): 405;</li>
 * <li>a POST whose {@code Origin} (or, without it, {@code Referer}) names another site: 403, a second line behind
 * the view state against forged requests;</li>
 * <li>a form larger than any of ours (1 MB, or 10 MB with a file): 413;</li>
 * <li>an ajax postback without the page's script nonce, which PrimeFaces would answer with a blank 500: 400;</li>
 * <li>a table's first row or page size that is not a small whole number: 400 (a number field's value that is
 * not a number gets a message at the field: {@link NumberFieldRenderer}).</li>
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
            chain.doFilter(new Parameters(request, Map.of(), ERROR_PAGE_HIDES), response);
            return;
        }
        String refusal = refusal(request);
        if (refusal != null) {
            int status = Integer.parseInt(refusal.substring(0, 3));
            LOG.warning(() -> "refused " + request.getMethod() + " " + request.getRequestURI() + " from "
                    + request.getRemoteAddr() + ": " + refusal);
            RefusedPage.write(request, response, status);
            return;
        }
        if ("POST".equals(request.getMethod()) && STATELESS.equals(request.getParameter("jakarta.faces.ViewState"))
                && !ajax(request)) {
            // A stateless page (sign-in, sign-up) keeps no script nonce between requests: its form post gets a new one.
            byte[] random = new byte[16];
            RANDOM.nextBytes(random);
            String nonce = Base64.getEncoder().encodeToString(UUID.nameUUIDFromBytes(random).toString()
                    .getBytes(StandardCharsets.UTF_8));
            chain.doFilter(new Parameters(request, Map.of(NONCE, nonce), Set.of()), new PathRedirects(response));
            return;
        }
        chain.doFilter(request, new PathRedirects(response));
    }

    private static final String NONCE = "primefaces.nonce";
    private static final String STATELESS = "stateless";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> ERROR_PAGE_HIDES = Set.of("jakarta.faces.ViewState", "jakarta.faces.partial.ajax",
            "jakarta.faces.partial.execute", "jakarta.faces.partial.render", "jakarta.faces.source", NONCE);

    private static boolean ajax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"))
                || "true".equals(request.getParameter("jakarta.faces.partial.ajax"));
    }

    /** The request with some parameters set (replacing the client's) and some hidden, with the ajax header. */
    static final class Parameters extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;
        private final boolean hideAjax;

        Parameters(HttpServletRequest request, Map<String, String> set, Set<String> hidden) {
            super(request);
            Map<String, String[]> all = new LinkedHashMap<>(request.getParameterMap());
            all.keySet().removeAll(hidden);
            set.keySet().forEach(all::remove);
            set.forEach((name, value) -> all.put(name, new String[] {value}));
            this.parameters = Collections.unmodifiableMap(all);
            this.hideAjax = !hidden.isEmpty();
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public String getHeader(String name) {
            return hideAjax && "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }
    }

    /**
     * Redirects within this server are sent as the path, as written: the container would otherwise make them
     * absolute with whatever {@code Host} the request claimed (a request saying {@code Host: evil.example} was sent
     * there).
     */
    static final class PathRedirects extends HttpServletResponseWrapper {

        PathRedirects(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (location == null || !location.startsWith("/") || location.startsWith("//")) {
                super.sendRedirect(location);
                return;
            }
            resetBuffer();
            setStatus(HttpServletResponse.SC_FOUND);
            setHeader("Location", location);
            flushBuffer();
        }
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
        if (ajax(request) && parameters.containsKey("jakarta.faces.ViewState") && !parameters.containsKey("primefaces.nonce")) {
            return "400 ajax postback without its script nonce";
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            for (String value : parameter.getValue()) {
                if ((name.endsWith("_first") || name.endsWith("_rows")) && !tableRow(value)) {
                    return "400 not a row number in " + name;
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
