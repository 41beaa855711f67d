package org.jinguo.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every setting an administrator may change, read through MicroProfile Config: an environment variable
 * (e.g. {@code JINGUO_DEMO_DATA}), a system property set in the Payara admin console
 * ({@code jinguo.demo-data}) or the default in {@code META-INF/microprofile-config.properties}.
 * The database is not a setting here: it is the server's {@code jdbc/jinguo} resource.
 */
@ApplicationScoped
public class Settings {

    @Inject
    @ConfigProperty(name = "jinguo.demo-data", defaultValue = "true")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "jinguo.session-timeout-minutes", defaultValue = "30")
    int sessionTimeoutMinutes;

    @Inject
    @ConfigProperty(name = "jinguo.bootstrap-admin.username", defaultValue = "admin")
    String bootstrapAdminUsername;

    @Inject
    @ConfigProperty(name = "jinguo.bootstrap-admin.password")
    Optional<String> bootstrapAdminPassword;

    @Inject
    @ConfigProperty(name = "jinguo.lockout.attempts", defaultValue = "5")
    int lockoutAttempts;

    @Inject
    @ConfigProperty(name = "jinguo.lockout.minutes", defaultValue = "15")
    int lockoutMinutes;

    @Inject
    @ConfigProperty(name = "jinguo.password.max-age-days", defaultValue = "0")
    int passwordMaxAgeDays;

    @Inject
    @ConfigProperty(name = "jinguo.throttle.sign-in-failures", defaultValue = "30")
    int signInFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "jinguo.throttle.public-forms", defaultValue = "20")
    int publicFormsPerAddress;

    @Inject
    @ConfigProperty(name = "jinguo.session.check", defaultValue = "false")
    boolean sessionCheck;

    @Inject
    @ConfigProperty(name = "jinguo.crypto.key")
    Optional<String> cryptoKey;

    @Inject
    @ConfigProperty(name = "jinguo.crypto.previous-key")
    Optional<String> previousCryptoKey;

    @Inject
    @ConfigProperty(name = "jinguo.audit.retention-months", defaultValue = "12")
    int auditRetentionMonths;

    /** The audit trail keeps at least half a year live, whatever is configured (below 6 counts as 6). */
    public static final int MIN_AUDIT_RETENTION_MONTHS = 6;

    /**
     * A fixed key for demo installations only: without {@code jinguo.crypto.key} and with demo data off,
     * the platform refuses to start, so this key never protects real people's data.
     */
    public static final String DEMO_CRYPTO_KEY = "ZGVtby1vbmx5IGppbmd1byBrZXksIG5vdCBwcm9kISE=";

    public boolean demoData() {
        return demoData;
    }

    public int sessionTimeoutMinutes() {
        return Math.max(1, sessionTimeoutMinutes);
    }

    /** Wrong passwords in a row that lock an account. */
    /** Failed sign-ins one network address may make in 10 minutes before it is answered "too many" (0: no limit). */
    public int signInFailuresPerAddress() {
        return Math.max(0, signInFailuresPerAddress);
    }

    /** Public form submissions (the volunteer sign-up) one network address may make in an hour (0: no limit). */
    public int publicFormsPerAddress() {
        return Math.max(0, publicFormsPerAddress);
    }

    /** Whether every session is test-serialized after each page request (tests; docs/scaling.md). */
    public boolean sessionCheck() {
        return sessionCheck;
    }

    public int lockoutAttempts() {
        return Math.max(1, lockoutAttempts);
    }

    /** How long a locked account refuses every password. */
    public Duration lockoutDuration() {
        return Duration.ofMinutes(Math.max(1, lockoutMinutes));
    }

    /** How old a password may grow before it must be changed; zero (the default) means never. */
    public Duration passwordMaxAge() {
        return Duration.ofDays(Math.max(0, passwordMaxAgeDays));
    }

    public String bootstrapAdminUsername() {
        return bootstrapAdminUsername;
    }

    public Optional<String> bootstrapAdminPassword() {
        return bootstrapAdminPassword.filter(p -> !p.isBlank());
    }

    /**
     * The 32-byte secret that encrypts sensitive fields ({@code jinguo.crypto.key}, Base64). Without
     * one, demo installations use a fixed demo key; production (demo data off) refuses to start.
     */
    public byte[] cryptoKey() {
        String configured = cryptoKey.filter(k -> !k.isBlank()).orElse(null);
        if (configured == null) {
            if (!demoData) {
                throw new IllegalStateException("Set jinguo.crypto.key (32 random bytes, Base64): "
                        + "it encrypts ID-card numbers. See README, Production.");
            }
            configured = DEMO_CRYPTO_KEY;
        }
        try {
            return Base64.getDecoder().decode(configured.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("jinguo.crypto.key is not Base64", e);
        }
    }

    /** Months an audit entry stays in the live trail before the daily job moves it to the archive (at least 6). */
    public int auditRetentionMonths() {
        return Math.max(MIN_AUDIT_RETENTION_MONTHS, auditRetentionMonths);
    }

    /**
     * The key being replaced during a key rotation ({@code jinguo.crypto.previous-key}), or empty: values it encrypted
     * still decrypt, and the start-up re-encrypts them under {@link #cryptoKey()} (docs/operations.md).
     */
    public Optional<byte[]> previousCryptoKey() {
        return previousCryptoKey.filter(k -> !k.isBlank()).map(k -> {
            try {
                return Base64.getDecoder().decode(k.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("jinguo.crypto.previous-key is not Base64", e);
            }
        });
    }

    /** Whether sensitive fields are protected by the demo key (the home page warns administrators). */
    public boolean usesDemoCryptoKey() {
        return cryptoKey.filter(k -> !k.isBlank()).isEmpty();
    }
}
