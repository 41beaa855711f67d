package org.jinguo.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the platform and the permissions each grants. The scope (which units) is not part of the
 * role: it is always the user's own unit and the units below it. Labels: {@code role.<NAME>}.
 */
public enum Role {
    /** 区妇联管理员: manages the whole district (her unit is the district federation). */
    DISTRICT_ADMIN(EnumSet.of(Permission.UNIT_VIEW, Permission.UNIT_MANAGE, Permission.USER_MANAGE,
            Permission.RECORD_EDIT, Permission.ROLE_DISTRICT_ADMIN_GRANT)),
    /** 单位管理员: manages the units and users below her own unit. */
    UNIT_ADMIN(EnumSet.of(Permission.UNIT_VIEW, Permission.UNIT_MANAGE, Permission.USER_MANAGE,
            Permission.RECORD_EDIT)),
    /** 工作人员: works on the business records of her unit and below. */
    STAFF(EnumSet.of(Permission.UNIT_VIEW, Permission.RECORD_EDIT)),
    /** 只读用户: reads, changes nothing. */
    READ_ONLY(EnumSet.of(Permission.UNIT_VIEW));

    /** The role names the web container knows (for {@code @DeclareRoles} and {@code isUserInRole}). */
    public static final String[] NAMES = {"DISTRICT_ADMIN", "UNIT_ADMIN", "STAFF", "READ_ONLY"};

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    public static boolean anyGrants(Collection<Role> roles, Permission permission) {
        return roles.stream().anyMatch(role -> role.grants(permission));
    }
}
