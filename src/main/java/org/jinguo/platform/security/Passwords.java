package org.jinguo.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** PBKDF2 hashes (Jakarta Security's built-in implementation); a password is never stored as text. */
@ApplicationScoped
public class Passwords {

    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    /** Compared against when the user name is unknown, so that both cases take the same time. */
    private volatile String decoy;

    @Inject
    Provider<Pbkdf2PasswordHash> hashes;

    public String hash(String password) {
        return hasher().generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return hasher().verify(password.toCharArray(), hash);
    }

    /** Spends the time of a real check, for unknown user names. */
    public void matchNothing(String password) {
        if (decoy == null) {
            decoy = hash("decoy-" + System.nanoTime());
        }
        matches(password, decoy);
    }

    private Pbkdf2PasswordHash hasher() {
        Pbkdf2PasswordHash hash = hashes.get();
        hash.initialize(PARAMETERS);
        return hash;
    }
}
