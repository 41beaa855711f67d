package org.jinguo.platform.persistence;

import java.util.Locale;

/** Case-insensitive "contains" searches in JPQL, with the user's %, _ and ! taken literally. */
public final class Like {

    /** Append after {@code LIKE :param}. '!' rather than '\', which MySQL string literals treat specially. */
    public static final String ESCAPE = " ESCAPE '!'";

    private Like() {
    }

    /** Whether {@code text} filters at all. */
    public static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    /** The pattern for {@code LOWER(column) LIKE :param ESCAPE '!'} that matches values containing {@code text}. */
    public static String containing(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
