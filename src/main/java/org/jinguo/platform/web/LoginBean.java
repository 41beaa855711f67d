package org.jinguo.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import org.jinguo.platform.errors.DatabaseOutage;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.jinguo.platform.audit.SessionOwner;
import org.jinguo.platform.config.Settings;
import org.jinguo.platform.security.AddressThrottle;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.SignInMechanism;

/** The sign-in form. A new session id is issued at sign-in, so a session fixed beforehand is useless. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AddressThrottle throttle;

    @Inject
    Settings settings;

    @NotBlank(message = "{jinguo.required}")
    private String username;

    @NotBlank(message = "{jinguo.required}")
    private String password;

    private String next;

    public void signIn() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (throttle.exhausted(AddressThrottle.Kind.SIGN_IN_FAILURE, request.getRemoteAddr(),
                settings.signInFailuresPerAddress())) {
            // refused before the password is hashed: guessing from one address costs the server nothing more
            password = null;
            UiActions.refuseWith(429, "login.throttled");
            return;
        }
        // a session from before (a chosen language) continues under a new id; otherwise the sign-in starts one
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username.trim(), password))
                        .newAuthentication(true));
        if (DatabaseOutage.marked(request)) {
            // the identity store could not reach the database: not a wrong password. Her name stays in the form.
            password = null;
            response.setHeader("Retry-After", "30");
            UiActions.refuseWith(503, "login.unavailable", RequestErrors.recordOutage(request, "sign-in"));
            return;
        }
        switch (status) {
            case SEND_CONTINUE -> context.responseComplete();
            case SUCCESS -> {
                rememberOwner(request);
                external.redirect(SignInMechanism.afterSignIn(request, getNext()));
            }
            default -> {
                password = null;
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Texts.get("login.failed"), null));
                context.validationFailed();
            }
        }
    }

    /** Lets the end of this session be audited even if she never signs out. */
    private void rememberOwner(HttpServletRequest request) {
        currentCaller.refresh();
        currentCaller.get().ifPresent(caller -> request.getSession().setAttribute(SessionOwner.ATTRIBUTE,
                new SessionOwner(caller.userId(), caller.username(), caller.unitId(), caller.unitPath(),
                        request.getRemoteAddr())));
    }

    /** The page she asked for before being sent here (a path on this server), carried by the form. */
    public String getNext() {
        if (next == null) {
            next = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(SignInMechanism.NEXT);
        }
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
