package org.jinguo.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;

/**
 * Keeps every signed-in page request in step with the account as it is stored now:
 * <ul>
 * <li>an account that was disabled (or removed) since sign-in ends its session on its next request
 *     and sees the sign-in page;</li>
 * <li>a user whose password must be changed (bootstrap administrator, reset password) sees only the
 *     password page.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "*.xhtml")
public class AccountStateFilter extends HttpFilter {

    static final String PASSWORD_PAGE = "/account/password.xhtml";
    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    CurrentCaller currentCaller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getServletPath();
        Optional<Caller> caller = currentCaller.get();
        if (caller.isEmpty()) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
            return;
        }
        if (caller.get().mustChangePassword() && !PASSWORD_PAGE.equals(path) && !LOGIN_PAGE.equals(path)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
