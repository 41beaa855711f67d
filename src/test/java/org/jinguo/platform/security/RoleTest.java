package org.jinguo.platform.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
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
            boolean desk = role.isPersonal() || role == Role.PROVIDER || role == Role.COUNSELLOR;
            assertEquals(!desk, role.grants(Permission.UNIT_VIEW), role::name);
            assertEquals(admin, role.grants(Permission.UNIT_MANAGE), role::name);
            assertEquals(admin, role.grants(Permission.USER_MANAGE), role::name);
        }
        assertFalse(Role.UNIT_ADMIN.grants(Permission.ROLE_DISTRICT_ADMIN_GRANT));
        assertFalse(Role.READ_ONLY.grants(Permission.RECORD_EDIT));
    }

    @Test
    void aProviderOnlyUsesItsDesk() {
        for (Permission permission : Permission.values()) {
            assertEquals(permission == Permission.PROVIDER_DESK, Role.PROVIDER.grants(permission), permission::name);
        }
        assertFalse(Role.PROVIDER.isPersonal(), "its account stands for a provider, not a person");
    }

    @Test
    void aVolunteerOnlyUsesHerOwnPortal() {
        for (Permission permission : Permission.values()) {
            assertEquals(permission == Permission.VOLUNTEER_SELF, Role.VOLUNTEER.grants(permission), permission::name);
        }
        assertEquals(Reach.OWN_UNIT, Role.VOLUNTEER.reach(Permission.VOLUNTEER_SELF).orElseThrow());
        assertTrue(Role.VOLUNTEER.isPersonal() && Role.EXECUTIVE_MEMBER.isPersonal() && !Role.STAFF.isPersonal());
    }

    @Test
    void anExecutiveMemberOnlyReceivesNoticesInHerOwnName() {
        for (Permission permission : Permission.values()) {
            assertEquals(permission == Permission.NOTICE_RECEIVE, Role.EXECUTIVE_MEMBER.grants(permission), permission::name);
        }
        assertEquals(Reach.OWN_UNIT, Role.EXECUTIVE_MEMBER.reach(Permission.NOTICE_RECEIVE).orElseThrow());
        for (Role role : Role.values()) {
            assertEquals(role == Role.EXECUTIVE_MEMBER, role.grants(Permission.NOTICE_RECEIVE), role::name);
        }
    }

    @Test
    void dutiesAreSeparatedBetweenAdministratorsAndTheAuditor() {
        for (Role role : Role.values()) {
            assertEquals(role == Role.AUDITOR, role.grants(Permission.AUDIT_VIEW), role::name);
        }
        for (Permission change : Set.of(Permission.UNIT_MANAGE, Permission.USER_MANAGE, Permission.RECORD_EDIT,
                Permission.RECORD_VIEW, Permission.SENSITIVE_VIEW)) {
            assertFalse(Role.AUDITOR.grants(change), change::name);
        }
        assertFalse(Role.READ_ONLY.grants(Permission.SENSITIVE_VIEW));
        assertFalse(Role.READ_ONLY.grants(Permission.EXPORT));
    }

    @Test
    void reachDecidesWhichUnitsAGrantCovers() {
        assertTrue(Reach.SUBTREE.reaches("/1/5/", "/1/5/"));
        assertTrue(Reach.SUBTREE.reaches("/1/5/", "/1/5/9/"));
        assertFalse(Reach.SUBTREE.reaches("/1/5/", "/1/6/"));
        assertFalse(Reach.SUBTREE.reaches("/1/5/", "/1/"));
        assertFalse(Reach.SUBTREE.reaches("/1/5/", "/1/55/"), "a sibling whose id starts alike");
        assertFalse(Reach.BELOW.reaches("/1/5/", "/1/5/"));
        assertTrue(Reach.BELOW.reaches("/1/5/", "/1/5/9/"));
        assertTrue(Reach.OWN_UNIT.reaches("/1/5/", "/1/5/"));
        assertFalse(Reach.OWN_UNIT.reaches("/1/5/", "/1/5/9/"));
        assertFalse(Reach.SUBTREE.reaches(null, "/1/"));
        assertEquals(Optional.of(Reach.BELOW), Role.UNIT_ADMIN.reach(Permission.UNIT_MANAGE));
    }

    @Test
    void callerRequireRefusesWithoutPermissionOrReach() {
        Caller reader = new Caller(1, "viewer", "只读", 1, "江北区妇联", "/1/", Set.of(Role.READ_ONLY), false, null, null);
        reader.require(Permission.UNIT_VIEW);
        assertThrows(AccessDeniedException.class, () -> reader.require(Permission.UNIT_MANAGE));
        Caller admin = new Caller(2, "gyq", "管理员", 5, "观音桥", "/1/5/", Set.of(Role.UNIT_ADMIN), false, null, null);
        admin.require(Permission.UNIT_MANAGE, "/1/5/9/");
        assertThrows(AccessDeniedException.class, () -> admin.require(Permission.UNIT_MANAGE, "/1/5/"));
        assertThrows(AccessDeniedException.class, () -> admin.require(Permission.UNIT_MANAGE, "/1/6/"));
    }
}
