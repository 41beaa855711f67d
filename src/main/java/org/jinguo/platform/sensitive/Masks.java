package org.jinguo.platform.sensitive;

/**
 * How sensitive values look to someone who may not see them in full. Enough stays visible to tell
 * records apart and to check a value read out on the phone; never enough to use it.
 */
public final class Masks {

    private Masks() {
    }

    /** {@code 500105198803151234} → {@code 5001**********1234}. */
    public static String idCard(String number) {
        if (number == null || number.isEmpty()) {
            return number;
        }
        return number.length() <= 8 ? stars(number.length()) : keep(number, 4, 4);
    }

    /** {@code 13800001234} → {@code 138****1234}. */
    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        return phone.length() <= 7 ? stars(phone.length()) : keep(phone, 3, 4);
    }

    /** {@code 重庆市江北区观音桥街道建新北路1号} → {@code 重庆市江北区****}: the district stays, the rest goes. */
    public static String address(String address) {
        if (address == null || address.isEmpty()) {
            return address;
        }
        int visible = Math.min(6, address.length() / 2);
        return address.substring(0, visible) + "****";
    }

    private static String keep(String text, int head, int tail) {
        return text.substring(0, head) + stars(text.length() - head - tail) + text.substring(text.length() - tail);
    }

    private static String stars(int count) {
        return "*".repeat(Math.max(0, count));
    }
}
