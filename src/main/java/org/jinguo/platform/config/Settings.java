package org.jinguo.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
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

    public boolean demoData() {
        return demoData;
    }

    public int sessionTimeoutMinutes() {
        return Math.max(1, sessionTimeoutMinutes);
    }

    /** Wrong passwords in a row that lock an account. */
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
}
