package org.jinguo.platform.security;

import java.security.SecureRandom;

/**
 * The temporary password staff pass on when they give someone a sign-in (a volunteer's portal, a provider's desk): ten
 * random letters and digits that cannot be mistaken for one another when read out or copied by hand, meeting the
 * password policy; she must change it at her first sign-in.
 */
public final class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    public static String forUser(String username) {
        while (true) {
            StringBuilder password = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String candidate = password.toString();
            if (PasswordPolicy.violation(username, candidate).isEmpty()) {
                return candidate;
            }
        }
    }
}
