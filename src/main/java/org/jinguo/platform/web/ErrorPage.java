package org.jinguo.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jinguo.platform.security.CurrentCaller;

/** What the error page shows of the failure: its reference, and whether it was the database being away. */
@Named
@RequestScoped
public class ErrorPage {

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentCaller currentCaller;

    public String getReference() {
        Object ref = request.getAttribute(RequestErrors.REF);
        return ref == null ? null : ref.toString();
    }

    /**
     * Whether to show the signed-in frame (header, menu). Never while the database is away: finding the user needs
     * it, and the outage page must not fail itself.
     */
    public boolean isSignedIn() {
        if (isOutage()) {
            return false;
        }
        try {
            return currentCaller.get().isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }

    public boolean isOutage() {
        return Boolean.TRUE.equals(request.getAttribute(RequestErrors.OUTAGE))
                || Integer.valueOf(503).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
    }
}
