package org.jinguo.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;

/**
 * On several servers (docs/scaling.md) a session is stored in the Data Grid after each request, but only the
 * attributes that were set during the request: the server cannot see a change made inside an object the session
 * already holds. A page's view-scoped beans (her search filter, a half-filled form) are such objects, inside Faces'
 * map of active views, and so are session-scoped beans: the failover drill found her filter gone on the other
 * server. After each page request this filter sets every attribute of the session again, so the whole session is
 * stored. On a single server, where sessions stay in memory, that is a few map writes.
 */
public class SessionReplicationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null) {
                try {
                    for (String name : Collections.list(session.getAttributeNames())) {
                        Object value = session.getAttribute(name);
                        if (value != null) {
                            session.setAttribute(name, value);
                        }
                    }
                } catch (IllegalStateException invalidated) {
                    // signed out during the request: nothing to store
                }
            }
        }
    }
}
