package org.jinguo.admin.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.jinguo.platform.security.Role;

/** One user in the user list. */
public record UserRow(long id, String username, String displayName, String unitName, Set<Role> roles,
                      boolean enabled, Instant lastSignInAt) implements Serializable {
}
