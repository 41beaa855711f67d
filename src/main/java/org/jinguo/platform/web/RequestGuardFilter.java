package org.jinguo.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
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
 * <li>a number field's hidden value that is not a number, a table's first row or page size that is not a small
 * whole number: 400.</li>
 * </ul>
 * Mapped in web.xml after the request cost filter, to the Faces pages.
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
        String refusal = refusal(request);
        if (refusal != null) {
            int status = Integer.parseInt(refusal.substring(0, 3));
            LOG.warning(() -> "refused " + request.getMethod() + " " + request.getRequestURI() + " from "
                    + request.getRemoteAddr() + ": " + refusal);
            response.sendError(status);
            return;
        }
        chain.doFilter(request, response);
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
        boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"))
                || "true".equals(first(parameters, "jakarta.faces.partial.ajax"));
        if (ajax && parameters.containsKey("jakarta.faces.ViewState") && !parameters.containsKey("primefaces.nonce")) {
            return "400 ajax postback without its script nonce";
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            for (String value : parameter.getValue()) {
                if (name.endsWith("_hinput") && !number(value)) {
                    return "400 not a number in " + name;
                }
                if ((name.endsWith("_first") || name.endsWith("_rows")) && !tableRow(value)) {
                    return "400 not a row number in " + name;
                }
            }
        }
        return null;
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static boolean number(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        if (value.length() > 40) {
            return false;
        }
        try {
            new BigDecimal(value.strip());
            return !value.toLowerCase(Locale.ROOT).contains("e");
        } catch (NumberFormatException e) {
            return false;
        }
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
