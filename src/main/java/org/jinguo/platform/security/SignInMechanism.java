package org.jinguo.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Form sign-in on {@code /login.xhtml}: the form's bean passes the name and password through
 * {@code SecurityContext.authenticate}; a request for a protected page without a signed-in user is sent to the
 * sign-in page and, once signed in, back to the page it asked for. The built-in form mechanism did the same but
 * wrote the redirect as an absolute URL built from the request's {@code Host} header (a request with
 * {@code Host: evil.example} was sent there) and without the protective headers. Here the redirect is a path
 * on this server, and for an ajax request it is a partial response the page follows.
 */
@AutoApplySession
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    /** The sign-in page's parameter holding the path (and query) asked for before sign-in. */
    public static final String NEXT = "next";
    public static final String SIGN_IN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        try {
            sendToSignIn(request, response);
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static void sendToSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String signIn = request.getContextPath() + SIGN_IN_PAGE;
        ResponseHeaders.apply(request, response, true);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + signIn + "\"></redirect></partial-response>");
            return;
        }
        String location = signIn;
        if ("GET".equals(request.getMethod())) { // where to go afterwards travels in the address: no session yet
            String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            location += "?" + NEXT + "=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
        }
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
    }

    /**
     * Where to go after signing in: the page asked for before ({@code next}), if it is a path on this server, else
     * the home page. Anything else (another site, {@code //host}, a line break) is ignored.
     */
    public static String afterSignIn(HttpServletRequest request, String next) {
        String home = request.getContextPath() + "/index.xhtml";
        if (next == null || !next.startsWith(request.getContextPath() + "/") || next.startsWith("//")
                || next.chars().anyMatch(c -> c == '\\' || c < 0x20) || next.startsWith(request.getContextPath() + SIGN_IN_PAGE)) {
            return home;
        }
        return next;
    }
}
