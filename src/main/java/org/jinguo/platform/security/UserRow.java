package org.jinguo.platform.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** One user in the user list. */
public record UserRow(long id, String username, String displayName, String unitName, Set<Role> roles,
                      boolean enabled, Instant lastSignInAt) implements Serializable {
}
