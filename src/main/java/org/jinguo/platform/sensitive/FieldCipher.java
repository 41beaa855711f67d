package org.jinguo.platform.sensitive;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jinguo.platform.config.Settings;

/**
 * Encrypts sensitive values at rest (AES-256-GCM, a fresh 12-byte IV per value) and gives each value a
 * keyed hash (HMAC-SHA-256 with a key derived from the same secret) for exact-match search, so that
 * finding a person by ID-card number never decrypts a row. The secret is the setting
 * {@code jinguo.crypto.key}: 32 bytes, Base64.
 */
@ApplicationScoped
public class FieldCipher {

    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    Settings settings;

    private final SecureRandom random = new SecureRandom();
    private SecretKeySpec encryptionKey;
    private SecretKeySpec searchKey;
    /** During a key rotation, the key being replaced: what it encrypted still decrypts ({@link KeyRotation}). */
    private SecretKeySpec previousEncryptionKey;

    public FieldCipher() {
    }

    /** For unit tests: a cipher over the given 32-byte secret. */
    public FieldCipher(byte[] secret) {
        init(secret);
    }

    /** For unit tests: a cipher over {@code secret} that still reads what {@code previous} encrypted. */
    public FieldCipher(byte[] secret, byte[] previous) {
        init(secret);
        previousEncryptionKey = new SecretKeySpec(derive(previous, "jinguo-field-encryption"), "AES");
    }

    @PostConstruct
    void init() {
        init(settings.cryptoKey());
        settings.previousCryptoKey().ifPresent(previous -> {
            if (previous.length != 32) {
                throw new IllegalStateException("jinguo.crypto.previous-key must be 32 bytes, Base64-encoded");
            }
            previousEncryptionKey = new SecretKeySpec(derive(previous, "jinguo-field-encryption"), "AES");
        });
    }

    /** Whether a key being replaced is configured ({@code jinguo.crypto.previous-key}). */
    public boolean rotating() {
        return previousEncryptionKey != null;
    }

    /** Whether {@code stored} was encrypted under the current key. */
    public boolean isCurrent(String stored) {
        return stored != null && open(stored, encryptionKey) != null;
    }

    private void init(byte[] secret) {
        if (secret.length != 32) {
            throw new IllegalStateException("jinguo.crypto.key must be 32 bytes, Base64-encoded");
        }
        encryptionKey = new SecretKeySpec(derive(secret, "jinguo-field-encryption"), "AES");
        searchKey = new SecretKeySpec(derive(secret, "jinguo-field-search"), "HmacSHA256");
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(VERSION)) {
            throw new IllegalStateException("Unknown cipher text format");
        }
        String plain = open(stored, encryptionKey);
        if (plain == null && previousEncryptionKey != null) {
            plain = open(stored, previousEncryptionKey);
        }
        if (plain == null) {
            throw new IllegalStateException("Decryption failed: wrong jinguo.crypto.key or damaged value");
        }
        return plain;
    }

    /** The plain text of {@code stored} under {@code key}, or {@code null} when that key did not encrypt it. */
    private static String open(String stored, SecretKeySpec key) {
        if (!stored.startsWith(VERSION)) {
            return null;
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The plain value, or {@code null} when {@code stored} does not decrypt under the key (the wrong key). */
    public String decryptOrNull(String stored) {
        try {
            return decrypt(stored);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** The keyed hash to store beside the cipher text and to search by (64 hex characters). */
    public String searchHash(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(searchKey);
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Hashing failed", e);
        }
    }

    private static byte[] derive(byte[] secret, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
