package org.jinguo.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts what one network address does that costs the server or invites guessing — failed sign-ins (each
 * costs a deliberately slow password hash), public form submissions — in fixed windows, and says when an
 * address has had its share. Held in memory: a restart forgets, which is fine for a brake. Addresses are
 * those the server sees; behind a reverse proxy configure Payara to take the client's address from the proxy.
 */
@ApplicationScoped
public class AddressThrottle {

    /** What is counted, and in what window. */
    public enum Kind {
        SIGN_IN_FAILURE(Duration.ofMinutes(10)),
        PUBLIC_FORM(Duration.ofHours(1));

        final Duration window;

        Kind(Duration window) {
            this.window = window;
        }

        public Duration window() {
            return window;
        }
    }

    private static final int MAX_TRACKED = 100_000;

    private record Window(Instant start, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public AddressThrottle() {
        this(Clock.systemUTC());
    }

    AddressThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether {@code address} has reached {@code limit} of {@code kind} in the current window (a limit of 0 is none). */
    public boolean exhausted(Kind kind, String address, int limit) {
        if (limit <= 0 || address == null) {
            return false;
        }
        Window window = windows.get(key(kind, address));
        return window != null && !expired(kind, window) && window.count() >= limit;
    }

    /** Counts one more of {@code kind} for {@code address}. */
    public void count(Kind kind, String address) {
        if (address == null) {
            return;
        }
        if (windows.size() > MAX_TRACKED) {
            windows.entrySet().removeIf(e -> expired(Kind.valueOf(e.getKey().substring(0, e.getKey().indexOf(' '))),
                    e.getValue()));
        }
        Instant now = clock.instant();
        windows.merge(key(kind, address), new Window(now, 1),
                (old, one) -> expired(kind, old) ? one : new Window(old.start(), old.count() + 1));
    }

    /** Counts one and says whether that was past the limit: for actions that are counted whatever their outcome. */
    public boolean countAndCheck(Kind kind, String address, int limit) {
        if (exhausted(kind, address, limit)) {
            return false;
        }
        count(kind, address);
        return true;
    }

    /** Forgets what was counted for an address, as if its window had passed (an administrator's release). */
    public void forget(Kind kind, String address) {
        windows.remove(key(kind, address));
    }

    private boolean expired(Kind kind, Window window) {
        return !window.start().plus(kind.window).isAfter(clock.instant());
    }

    private static String key(Kind kind, String address) {
        return kind.name() + ' ' + address;
    }
}
