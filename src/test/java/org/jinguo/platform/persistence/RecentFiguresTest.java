package org.jinguo.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RecentFiguresTest {

    private Instant now = Instant.parse("2026-12-01T02:00:00Z");
    private final RecentFigures figures = new RecentFigures(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void figuresAreComputedOnceAMinutePerKey() {
        AtomicInteger computed = new AtomicInteger();
        assertEquals(1, (int) figures.get("unit:5:2026", computed::incrementAndGet));
        now = now.plusSeconds(59);
        assertEquals(1, (int) figures.get("unit:5:2026", computed::incrementAndGet), "still fresh");
        assertEquals(2, (int) figures.get("unit:6:2026", computed::incrementAndGet), "another unit is its own");
        now = now.plus(Duration.ofSeconds(2));
        assertEquals(3, (int) figures.get("unit:5:2026", computed::incrementAndGet), "a minute old: computed again");
    }

    @Test
    void neverHoldsMoreThanItsLimit() {
        for (int i = 0; i < RecentFigures.MOST + 10; i++) {
            figures.get("k" + i, () -> 1);
        }
        AtomicInteger computed = new AtomicInteger();
        figures.get("k" + (RecentFigures.MOST + 9), computed::incrementAndGet);
        assertEquals(0, computed.get(), "the newest entries survive the clean-up");
    }
}
