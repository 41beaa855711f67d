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

    /** The session attribute holding the path (and query) asked for before sign-in. */
    public static final String AFTER_SIGN_IN = SignInMechanism.class.getName() + ".afterSignIn";
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
        if ("GET".equals(request.getMethod())) {
            String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            request.getSession().setAttribute(AFTER_SIGN_IN, path);
        }
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", signIn);
    }

    /**
     * Where to go after signing in: the page asked for before, if it is a path on this server, else the home page.
     */
    public static String afterSignIn(HttpServletRequest request) {
        Object saved = request.getSession().getAttribute(AFTER_SIGN_IN);
        request.getSession().removeAttribute(AFTER_SIGN_IN);
        String home = request.getContextPath() + "/index.xhtml";
        if (!(saved instanceof String path) || !path.startsWith(request.getContextPath() + "/") || path.startsWith("//")
                || path.contains("\\") || path.startsWith(request.getContextPath() + SIGN_IN_PAGE)) {
            return home;
        }
        return path;
    }
}
