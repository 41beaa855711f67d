package org.jinguo.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jinguo.platform.security.AddressThrottle.Kind;
import org.junit.jupiter.api.Test;

/** One address's share of failed sign-ins and public forms, per window; other addresses are not affected. */
class AddressThrottleTest {

    private Instant now = Instant.parse("2026-12-02T01:00:00Z");
    private final AddressThrottle throttle = new AddressThrottle(new Clock() {
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return now;
        }
    });

    @Test
    void anAddressIsStoppedAtItsLimitUntilTheWindowHasPassed() {
        for (int i = 0; i < 3; i++) {
            assertFalse(throttle.exhausted(Kind.SIGN_IN_FAILURE, "192.0.2.1", 3), "attempt " + i);
            throttle.count(Kind.SIGN_IN_FAILURE, "192.0.2.1");
        }
        assertTrue(throttle.exhausted(Kind.SIGN_IN_FAILURE, "192.0.2.1", 3));
        assertFalse(throttle.exhausted(Kind.SIGN_IN_FAILURE, "192.0.2.2", 3), "another address");
        assertFalse(throttle.exhausted(Kind.PUBLIC_FORM, "192.0.2.1", 3), "another kind");
        now = now.plus(Kind.SIGN_IN_FAILURE.window()).minusSeconds(1);
        assertTrue(throttle.exhausted(Kind.SIGN_IN_FAILURE, "192.0.2.1", 3), "still within the window");
        now = now.plus(Duration.ofSeconds(1));
        assertFalse(throttle.exhausted(Kind.SIGN_IN_FAILURE, "192.0.2.1", 3), "the window has passed");
    }

    @Test
    void countedActionsAreRefusedPastTheLimitAndNoLimitMeansNone() {
        assertTrue(throttle.countAndCheck(Kind.PUBLIC_FORM, "192.0.2.9", 2));
        assertTrue(throttle.countAndCheck(Kind.PUBLIC_FORM, "192.0.2.9", 2));
        assertFalse(throttle.countAndCheck(Kind.PUBLIC_FORM, "192.0.2.9", 2));
        assertTrue(throttle.countAndCheck(Kind.PUBLIC_FORM, "192.0.2.9", 0), "0: no limit");
    }
}
