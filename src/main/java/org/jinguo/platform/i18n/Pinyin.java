package org.jinguo.platform.i18n;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Names in the order a Chinese reader looks for them: by pinyin (大石坝, 复盛镇, 观音桥, 华新, 五宝镇 …), not by
 * character code, which scatters them. For short lists sorted in Java (a unit's children, a chart's cards) {@link #by};
 * for lists paged in the database, whose collations cannot do it on both H2 and MySQL, {@link #key}: a text to store
 * beside the name and sort by.
 */
public final class Pinyin {

    private Pinyin() {
    }

    /** The longest {@link #key}, in characters: the first 60 or so characters of a name decide its place. */
    public static final int KEY_LENGTH = 240;

    /**
     * A text whose plain (binary) order is the pinyin order of {@code name}: the hexadecimal digits of its collation
     * key at primary strength (the characters, not their case or accents), cut to {@link #KEY_LENGTH}. Stored
     * beside a name, it lets the database sort by pinyin with an ordinary index; sort by the name after it for
     * names that differ only past the cut.
     */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        Collator collator = Collator.getInstance(Locale.CHINA);
        collator.setStrength(Collator.PRIMARY);
        byte[] bytes = collator.getCollationKey(name).toByteArray();
        StringBuilder hex = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            if (hex.length() >= KEY_LENGTH) {
                break;
            }
        }
        return hex.substring(0, Math.min(hex.length(), KEY_LENGTH));
    }

    /** Compares what {@code name} gives by pinyin; ties (the same name) keep their order. */
    public static <T> Comparator<T> by(Function<T, String> name) {
        Collator collator = Collator.getInstance(Locale.CHINA);
        return Comparator.comparing(name, collator);
    }
}
