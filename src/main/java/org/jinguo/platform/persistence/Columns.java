package org.jinguo.platform.persistence;

/** How a form's optional text is stored: trimmed, and {@code null} rather than blank. */
public final class Columns {

    private Columns() {
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
