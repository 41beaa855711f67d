package org.jinguo.platform.security;

import java.time.Instant;
import java.util.Set;
import org.jinguo.platform.errors.AccessDeniedException;

/**
 * The signed-in user as the services see her: who she is, her unit and its path (her data scope), her
 * roles, whether she must change her password first, and when and from where she signed in before this
 * session. An immutable snapshot taken once per request.
 */
public record Caller(long userId, String username, String displayName, long unitId, String unitName,
                     String unitPath, Set<Role> roles, boolean mustChangePassword, Instant previousSignInAt,
                     String previousSignInFrom) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean can(Permission permission) {
        return Role.anyGrants(roles, permission);
    }

    /** Whether one of her roles grants {@code permission} as far as the unit at {@code unitPath}. */
    public boolean can(Permission permission, String unitPath) {
        return Role.anyReaches(roles, permission, this.unitPath, unitPath);
    }

    /** Throws {@link AccessDeniedException} unless she {@linkplain #can(Permission, String) can}. */
    public void require(Permission permission, String unitPath) {
        if (!can(permission, unitPath)) {
            throw new AccessDeniedException();
        }
    }

    /** Throws {@link AccessDeniedException} unless one of her roles grants {@code permission}. */
    public void require(Permission permission) {
        if (!can(permission)) {
            throw new AccessDeniedException();
        }
    }
}
