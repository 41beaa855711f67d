package org.jinguo.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    private final UserAccount user = new UserAccount("mei", "梅", "hash", Set.of(Role.STAFF));

    @Test
    void theFifthWrongPasswordInARowLocksTheAccountForTheConfiguredTime() {
        for (int i = 1; i <= 4; i++) {
            user.signInFailed(NOW, 5, FIFTEEN_MINUTES);
            assertFalse(user.lockedAt(NOW), "after " + i + " failures");
        }
        assertEquals(4, user.getFailedSignIns());
        user.signInFailed(NOW, 5, FIFTEEN_MINUTES);
        assertTrue(user.lockedAt(NOW));
        assertTrue(user.lockedAt(NOW.plus(Duration.ofMinutes(14))));
        assertFalse(user.lockedAt(NOW.plus(FIFTEEN_MINUTES)), "unlocked once the period is over");
    }

    @Test
    void aSuccessfulSignInClearsTheFailures() {
        user.signInFailed(NOW, 5, FIFTEEN_MINUTES);
        user.signInFailed(NOW, 5, FIFTEEN_MINUTES);
        user.signedIn(NOW, "10.0.0.8");
        assertEquals(0, user.getFailedSignIns());
        assertNull(user.getLockedUntil());
        assertEquals(NOW, user.getLastSignInAt());
    }

    @Test
    void theLastSignInBecomesThePreviousOne() {
        user.signedIn(NOW, "10.0.0.8");
        user.signedIn(NOW.plus(Duration.ofDays(1)), "10.0.0.9");
        assertEquals(NOW, user.getPreviousSignInAt());
        assertEquals("10.0.0.8", user.getPreviousSignInFrom());
    }

    @Test
    void passwordsExpireOnlyWhenAnAgeIsConfigured() {
        Instant changed = Instant.now();
        assertFalse(user.passwordExpiredAt(changed.plus(Duration.ofDays(3650)), Duration.ZERO));
        assertFalse(user.passwordExpiredAt(changed.plus(Duration.ofDays(89)), Duration.ofDays(90)));
        assertTrue(user.passwordExpiredAt(changed.plus(Duration.ofDays(91)), Duration.ofDays(90)));
    }
}
