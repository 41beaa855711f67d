package org.jinguo.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every response carries, pages, redirects and error pages alike: no MIME sniffing, no framing by other
 * sites, no referrer to other sites, and (for what may show personal data) never stored by the browser or a
 * proxy; over HTTPS, HSTS for a year.
 */
public final class ResponseHeaders {

    private ResponseHeaders() {
    }

    public static void apply(HttpServletRequest request, HttpServletResponse response, boolean personalData) {
        apply(response, personalData);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /** Sets the headers (again, e.g. after a download reset the response). */
    public static void apply(HttpServletResponse response, boolean personalData) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // Pages rendered by PrimeFaces add a second, full policy with a script nonce (web.xml: primefaces.CSP).
        // Only what may be added to every response: each CSP header sent is enforced on its own, so a default-src here
        // would block the pages' own nonce-bearing scripts.
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'");
        response.setHeader("Referrer-Policy", "same-origin");
        if (personalData) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
    }
}
