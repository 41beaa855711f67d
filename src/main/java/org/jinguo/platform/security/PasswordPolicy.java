package org.jinguo.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * The rules a new password must meet: at least {@value #MIN_LENGTH} characters, at least three of the
 * four classes (lower case, upper case, digit, other), not one of the 10 000 most common passwords (whatever its
 * case: {@code Abcd1234} is {@code abcd1234}), and containing neither the user name nor the product's name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The bundle key of the first rule {@code password} breaks, or empty when it meets all rules. */
    public static Optional<String> violation(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (classes(password) < 3) {
            return Optional.of("password.tooSimple");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (PRODUCT_NAMES.stream().anyMatch(lower::contains)) {
            return Optional.of("password.containsProductName");
        }
        if (CommonPasswords.LIST.contains(lower)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    /** What a guesser tries first on this system: its names, in pinyin and in characters. */
    private static final List<String> PRODUCT_NAMES = List.of("jinguo", "巾帼");

    /** Loaded on first use: the list shipped in {@code security/common-passwords.txt}. */
    private static final class CommonPasswords {

        static final Set<String> LIST = load();

        private static Set<String> load() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
                if (in == null) {
                    throw new IllegalStateException("security/common-passwords.txt is missing from the application");
                }
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    return lines.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                            .collect(Collectors.toUnmodifiableSet());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static int classes(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
