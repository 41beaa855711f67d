package org.jinguo.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.audit.SessionOwner;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;

/** The signed-in user for the page header and menus; pages mirror what the services enforce. */
@Named("me")
@RequestScoped
public class MeBean {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail auditTrail;

    public Caller getCaller() {
        return currentCaller.get().orElse(null);
    }

    public boolean isSignedIn() {
        return currentCaller.get().isPresent();
    }

    /** Whether the user holds {@code permission} (a {@link Permission} name), for menus and buttons. */
    public boolean can(String permission) {
        return currentCaller.get().map(c -> c.can(Permission.valueOf(permission))).orElse(false);
    }

    /** View action for pages reserved to a permission: anyone else gets the 403 page. */
    public void require(String permission) throws IOException {
        if (!can(permission)) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(403, "");
            context.responseComplete();
        }
    }

    /** View action for pages open to either of two permissions (a volunteer's or a provider's desk). */
    public void requireAny(String permission, String other) throws IOException {
        require(can(other) ? other : permission);
    }

    /** Whether she holds any of these permissions (names separated by commas), for menus of areas several roles share. */
    public boolean canAny(String permissions) {
        return java.util.Arrays.stream(permissions.split(",")).map(String::trim).anyMatch(this::can);
    }

    /** View action for pages open to any of several permissions (names separated by commas). */
    public void requireAnyOf(String permissions) throws IOException {
        if (!canAny(permissions)) {
            require(permissions.split(",")[0].trim());
        }
    }

    /** Ends the session and shows the sign-in page. */
    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        auditTrail.signedOut();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionOwner.ATTRIBUTE); // audited above as a sign-out
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
