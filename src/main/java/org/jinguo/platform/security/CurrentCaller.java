package org.jinguo.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.jinguo.platform.audit.AuditActor;
import org.jinguo.platform.errors.AccessDeniedException;

/**
 * The signed-in user of the current request, looked up once per request from the container's caller
 * principal. A disabled or deleted account has no caller, so it loses access on its next request.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserDirectory directory;

    @Inject
    HttpServletRequest request;

    private Optional<Caller> caller;

    public Optional<Caller> get() {
        if (caller == null) {
            caller = lookup();
        }
        return caller;
    }

    /** The caller, or {@link AccessDeniedException} when nobody is signed in. */
    public Caller require() {
        return get().orElseThrow(AccessDeniedException::new);
    }

    /** The caller if she holds {@code permission}; {@link AccessDeniedException} otherwise. */
    public Caller require(Permission permission) {
        Caller caller = require();
        caller.require(permission);
        return caller;
    }

    /**
     * For the demo data written at the first start: from now until the start-up's work ends, the services see
     * {@code caller} as the signed-in user, so that the demo district is written through the same services, rules
     * and permission checks as a user's work. Refused within a user's web request.
     */
    public void actAtStartUpAs(Caller caller) {
        if (clientAddress() != null) {
            throw new IllegalStateException("acting as another user is for the start-up only");
        }
        this.caller = Optional.of(caller);
    }

    /** Forgets the snapshot, e.g. after the user changed her own account. */
    public void refresh() {
        caller = null;
    }

    /** The address the request came from, for the audit trail; {@code null} outside a web request. */
    public String clientAddress() {
        try {
            return request.getRemoteAddr();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }

    /** Who the audit trail names for what this request does. */
    public AuditActor actor() {
        return get().map(c -> new AuditActor(c.username(), c.unitId(), clientAddress())).orElse(AuditActor.SYSTEM);
    }

    protected Optional<Caller> lookup() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? Optional.empty() : directory.caller(principal.getName());
    }
}
