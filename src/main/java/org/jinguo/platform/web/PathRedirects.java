package org.jinguo.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Redirects within this server are sent as the path, as written: the container would otherwise make them
 * absolute with whatever {@code Host} the request claimed (a request saying {@code Host: evil.example} was sent
 * there).
 */
final class PathRedirects extends HttpServletResponseWrapper {

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
