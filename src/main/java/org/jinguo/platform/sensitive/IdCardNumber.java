package org.jinguo.platform.sensitive;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jinguo.platform.config.Beijing;

/**
 * The 18-character resident identity card number (GB 11643-1999): 6-digit area code, birth date
 * (yyyyMMdd), 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */
public final class IdCardNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdCardNumber() {
    }

    /** The number as stored: trimmed, upper-case X; {@code null} for blank input. */
    public static String normalise(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        return number.trim().toUpperCase(Locale.ROOT);
    }

    /** Whether {@code number} (normalised) has the right form, a real birth date and the right check character. */
    public static boolean isValid(String number) {
        if (number == null || !number.matches("\\d{17}[\\dX]")) {
            return false;
        }
        if (birthDate(number).isEmpty()) {
            return false;
        }
        return checkCharacter(number.substring(0, 17)) == number.charAt(17);
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The birth date the number carries, if it is a real date not in the future. */
    public static Optional<LocalDate> birthDate(String number) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            return date.getYear() < 1900 || date.isAfter(Beijing.today()) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException | NumberFormatException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Whether the number belongs to a woman (even sequence digit). */
    public static boolean isFemale(String number) {
        return (number.charAt(16) - '0') % 2 == 0;
    }
}
