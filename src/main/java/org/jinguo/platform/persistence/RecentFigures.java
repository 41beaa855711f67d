package org.jinguo.platform.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Dashboard figures computed in the last minute, by what they describe (a unit and a period): summing a
 * year of a large subtree's hours costs more than any list, and several staff open the same dashboard.
 * Only for figures that are the same for every caller allowed to ask (a unit's subtree is), and only
 * after the caller's right to that unit has been checked. Pages say the figures are a minute old at most.
 */
@ApplicationScoped
public class RecentFigures {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);
    static final int MOST = 5_000;

    private record Entry(Instant computed, Object value) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    public RecentFigures() {
        this(Clock.systemUTC());
    }

    RecentFigures(Clock clock) {
        this.clock = clock;
    }

    /** The figures under {@code key} if computed less than a minute ago, else computed now. */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute) {
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && entry.computed().plus(FRESH_FOR).isAfter(now)) {
            return (T) entry.value();
        }
        T value = compute.get();
        if (entries.size() >= MOST) {
            entries.values().removeIf(e -> !e.computed().plus(FRESH_FOR).isAfter(now));
            if (entries.size() >= MOST) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(now, value));
        return value;
    }

    /** The figures under {@code key} computed now (and kept for the next minute). */
    public <T> T renew(String key, Supplier<T> compute) {
        entries.remove(key);
        return get(key, compute);
    }

    /** Drops the figures under {@code key}: the next ask computes them. */
    public void forget(String key) {
        entries.remove(key);
    }
}
