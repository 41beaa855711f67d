package org.jinguo.platform.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import org.jinguo.platform.errors.AccessDeniedException;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void containerRoleNamesAreTheEnumNames() {
        assertArrayEquals(Arrays.stream(Role.values()).map(Role::name).toArray(), Role.NAMES);
    }

    @Test
    void onlyAdministratorsManageUnitsAndUsers() {
        for (Role role : Role.values()) {
            boolean admin = role == Role.DISTRICT_ADMIN || role == Role.UNIT_ADMIN;
            assertTrue(role.grants(Permission.UNIT_VIEW), role::name);
            assertTrue(admin == role.grants(Permission.UNIT_MANAGE), role::name);
            assertTrue(admin == role.grants(Permission.USER_MANAGE), role::name);
        }
        assertFalse(Role.UNIT_ADMIN.grants(Permission.ROLE_DISTRICT_ADMIN_GRANT));
        assertFalse(Role.READ_ONLY.grants(Permission.RECORD_EDIT));
    }

    @Test
    void callerRequireRefusesWithoutPermission() {
        Caller reader = new Caller(1, "viewer", "只读", 1, "江北区妇联", "/1/", Set.of(Role.READ_ONLY), false, null, null);
        reader.require(Permission.UNIT_VIEW);
        assertThrows(AccessDeniedException.class, () -> reader.require(Permission.UNIT_MANAGE));
    }
}
