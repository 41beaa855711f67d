package org.jinguo.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;

/** A user whose password must be changed (bootstrap administrator, reset password) sees only that page. */
@WebFilter(urlPatterns = "*.xhtml")
public class PasswordChangeFilter extends HttpFilter {

    static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Inject
    CurrentCaller currentCaller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        boolean mustChange = request.getUserPrincipal() != null
                && currentCaller.get().map(Caller::mustChangePassword).orElse(false);
        if (mustChange && !PASSWORD_PAGE.equals(path) && !"/login.xhtml".equals(path)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
