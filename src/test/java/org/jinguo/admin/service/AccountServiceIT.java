package org.jinguo.admin.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.newUsername;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.admin.service.AccountService;
import org.jinguo.admin.service.NewUserForm;
import org.jinguo.admin.service.UserRow;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.OwnPassword;
import org.jinguo.platform.security.Role;
import org.jinguo.platform.security.UserDirectory;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.service.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts: creating users in one's scope, first-sign-in password change, disabling, sign-in checks. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final String FIRST_PASSWORD = "Start#2026x";
    private static final String SIGN_IN_ADDRESS = "192.0.2.10";

    @Inject
    AccountService accounts;

    @Inject
    OwnPassword ownPassword;

    @Inject
    UserDirectory directory;

    @Inject
    UnitDirectory units;

    @Resource(lookup = "jdbc/jinguo")
    DataSource dataSource;

    @Test
    void aNewUserMustChangeHerFirstPasswordAndThenSignsInWithTheNewOne() throws Exception {
        String username = newUsername();
        run("guanyinqiao", () -> accounts.createUser(form(username, unitId("观音桥街道妇联"), Role.STAFF)));
        assertTrue(directory.caller(username).orElseThrow().mustChangePassword());
        assertFalse(signIn(username, "Wrong#2026x").isPresent());
        assertTrue(signIn(username, FIRST_PASSWORD).isPresent());

        run(username, () -> {
            assertEquals("password.currentWrong", assertThrows(BusinessRuleException.class,
                    () -> ownPassword.change("Wrong#2026x", "Better#2026y")).messageKey());
            assertEquals("password.tooShort", assertThrows(BusinessRuleException.class,
                    () -> ownPassword.change(FIRST_PASSWORD, "Ab1!")).messageKey());
            assertEquals("password.containsUsername", assertThrows(BusinessRuleException.class,
                    () -> ownPassword.change(FIRST_PASSWORD, username.toUpperCase() + "#1a")).messageKey());
            ownPassword.change(FIRST_PASSWORD, "Better#2026y");
        });
        assertFalse(directory.caller(username).orElseThrow().mustChangePassword());
        assertFalse(signIn(username, FIRST_PASSWORD).isPresent());
        assertTrue(signIn(username, "Better#2026y").isPresent());

        Caller now = directory.caller(username).orElseThrow();
        assertNotNull(now.previousSignInAt(), "she sees when she signed in before");
        assertEquals(SIGN_IN_ADDRESS, now.previousSignInFrom());
    }

    @Test
    void aUnitAdministratorCannotGiveTheDistrictAdministratorRole() throws Exception {
        String username = newUsername();
        long street = unitId("观音桥街道妇联");
        run("guanyinqiao", () -> assertEquals("user.roles.notGrantable", assertThrows(BusinessRuleException.class,
                () -> accounts.createUser(form(username, street, Role.DISTRICT_ADMIN))).messageKey()));
        assertFalse(directory.usernameTaken(username));
    }

    @Test
    void aUnitAdministratorCannotCreateUsersInAnotherStreet() throws Exception {
        String username = newUsername();
        long otherStreet = unitId("石马河街道妇联");
        run("guanyinqiao", () -> assertThrows(RecordNotFoundException.class,
                () -> accounts.createUser(form(username, otherStreet, Role.STAFF))));
        assertFalse(directory.usernameTaken(username));
    }

    @Test
    void aUnitAdministratorListsTheUsersOfHerSubtreeOnly() throws Exception {
        List<String> names = call("guanyinqiao", () -> accounts.users(null, 0, 500)).stream()
                .map(UserRow::username).toList();
        assertTrue(names.contains("guanyinqiao"), names::toString);
        assertFalse(names.contains("district"), names::toString);
        assertFalse(names.contains("shimahe"), names::toString);
        List<String> all = call("district", () -> accounts.users(null, 0, 500)).stream().map(UserRow::username).toList();
        assertTrue(all.containsAll(List.of("district", "guanyinqiao", "shimahe", "nanqiaosi", "viewer")), all::toString);
    }

    @Test
    void userNamesAreUniqueAcrossTheDistrict() throws Exception {
        run("guanyinqiao", () -> assertEquals("user.username.taken", assertThrows(BusinessRuleException.class,
                () -> accounts.createUser(form("shimahe", unitId("观音桥街道妇联"), Role.STAFF))).messageKey()));
    }

    @Test
    void aDisabledUserLosesAccessAndCanBeEnabledAgain() throws Exception {
        String username = newUsername();
        long id = call("district", () -> accounts.createUser(form(username, unitId("石马河街道妇联"), Role.STAFF)));
        run("district", () -> accounts.setEnabled(id, false));
        assertTrue(directory.caller(username).isEmpty());
        assertTrue(signIn(username, FIRST_PASSWORD).isEmpty());
        run("district", () -> assertEquals("user.username.taken", assertThrows(BusinessRuleException.class,
                () -> accounts.createUser(form(username, unitId("江北区妇联"), Role.STAFF))).messageKey(),
                "a disabled account's name is not free"));
        run("district", () -> accounts.setEnabled(id, true));
        assertTrue(signIn(username, FIRST_PASSWORD).isPresent());
    }

    @Test
    void staffAndReadOnlyUsersDoNotManageUsers() throws Exception {
        run("shimahe", () -> assertThrows(AccessDeniedException.class, () -> accounts.users(null, 0, 10)));
        run("viewer", () -> assertThrows(AccessDeniedException.class, () -> accounts.countUsers(null)));
    }

    @Test
    void aResetPasswordMustBeChangedAtTheNextSignIn() throws Exception {
        String username = newUsername();
        long id = call("district", () -> accounts.createUser(form(username, unitId("江北区妇联"), Role.READ_ONLY)));
        run(username, () -> ownPassword.change(FIRST_PASSWORD, "Mine#2026zz"));
        run("district", () -> accounts.resetPassword(id, "Reset#2026qq"));
        assertTrue(directory.caller(username).orElseThrow().mustChangePassword());
        assertTrue(signIn(username, "Reset#2026qq").isPresent());
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountUntilThePeriodIsOver() throws Exception {
        String username = newUsername();
        run("district", () -> accounts.createUser(form(username, unitId("江北区妇联"), Role.STAFF)));
        assertTrue(signIn(username, "Wrong#2026x").isEmpty());
        assertTrue(signIn(username, "Wrong#2026y").isEmpty());
        assertEquals(2, sql("SELECT failed_sign_ins FROM app_user WHERE username = ?", username), "failures recorded");
        for (int i = 0; i < 3; i++) {
            assertTrue(signIn(username, "Wrong#2026z").isEmpty());
        }
        assertTrue(signIn(username, FIRST_PASSWORD).isEmpty(), "locked: even the right password is refused");

        // Fifteen minutes pass.
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE app_user SET locked_until = ? WHERE username = ?")) {
            s.setObject(1, LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1));
            s.setString(2, username);
            assertEquals(1, s.executeUpdate());
        }
        assertTrue(signIn(username, FIRST_PASSWORD).isPresent(), "unlocked after the period");
        assertEquals(0, sql("SELECT failed_sign_ins FROM app_user WHERE username = ?", username));
    }

    /** Someone at an unlocked desk guessing the current password in "change password": counted like sign-in failures. */
    @Test
    void wrongCurrentPasswordsCountTowardsTheLockoutAndAreAudited() throws Exception {
        String username = newUsername();
        run("guanyinqiao", () -> accounts.createUser(form(username, unitId("观音桥街道妇联"), Role.STAFF)));
        assertTrue(signIn(username, FIRST_PASSWORD).isPresent());
        run(username, () -> {
            for (int i = 1; i < 5; i++) {
                assertEquals("password.currentWrong", assertThrows(BusinessRuleException.class,
                        () -> ownPassword.change("Guess#2026-" + UUID.randomUUID(), "Better#2026y")).messageKey());
            }
            assertEquals("password.locked", assertThrows(BusinessRuleException.class,
                    () -> ownPassword.change("Guess#2026-last", "Better#2026y")).messageKey(), "the fifth locks");
            assertEquals("password.locked", assertThrows(BusinessRuleException.class,
                    () -> ownPassword.change(FIRST_PASSWORD, "Better#2026y")).messageKey(), "locked: even the right one");
        });
        assertTrue(signIn(username, FIRST_PASSWORD).isEmpty(), "and she cannot sign in again until the lock ends");
        assertEquals(5, sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SIGN_IN_FAILED' AND actor = ? "
                + "AND detail LIKE 'current password%'", username));
    }

    private Optional<Caller> signIn(String username, String password) {
        return directory.signIn(username, password, SIGN_IN_ADDRESS);
    }

    private long sql(String query, String parameter) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long unitId(String name) throws Exception {
        return TestData.unitId(units, name);
    }

    private static NewUserForm form(String username, long unit, Role role) {
        return TestData.newUser(username, unit, role, FIRST_PASSWORD);
    }
}
