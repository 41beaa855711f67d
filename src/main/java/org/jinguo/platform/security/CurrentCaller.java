package org.jinguo.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
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

    /** Forgets the snapshot, e.g. after the user changed her own account. */
    public void refresh() {
        caller = null;
    }

    protected Optional<Caller> lookup() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? Optional.empty() : directory.caller(principal.getName());
    }
}
